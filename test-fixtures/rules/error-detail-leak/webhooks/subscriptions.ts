import express, { type Request, type Response } from "express";
import { assertTargetAllowed, assertTargetResolves } from "./target-check";

const router = express.Router();

router.post("/webhooks", express.json(), async (req: Request, res: Response) => {
  try {
    await assertTargetAllowed(String(req.body.url));
  } catch (refusal) {
    // ok: error-detail-leak -- every failure of the check is one of its own sentences about the target the caller gave
    return res.status(400).json({ message: (refusal as Error).message });
  }
  res.status(201).json({ url: req.body.url });
});

router.post("/webhooks/probe", express.json(), async (req: Request, res: Response) => {
  try {
    await assertTargetResolves(String(req.body.url));
  } catch (refusal) {
    // expect: error-detail-leak
    return res.status(400).json({ message: (refusal as Error).message });
  }
  res.status(204).end();
});

export default router;
