import express, { type Request, type Response } from "express";
import { balanceOf, closeAccount, freezeAccount, reopenAccount } from "./ledger-client";

const router = express.Router();

router.get("/accounts/:id/balance", async (req: Request, res: Response) => {
  try {
    res.json(await balanceOf(req.params.id!));
  } catch (problem) {
    // ok: error-detail-leak -- the ledger client turns every failure into a sentence of its own
    res.status(502).json({ message: (problem as Error).message });
  }
});

router.post("/accounts/:id/close", async (req: Request, res: Response) => {
  try {
    await closeAccount(req.params.id!);
    res.status(204).end();
  } catch (problem) {
    // ok: error-detail-leak -- its own refusal or the ledger client's own text, whatever the status
    res.status(500).json({ message: (problem as Error).message });
  }
});

router.post("/accounts/:id/reopen", async (req: Request, res: Response) => {
  try {
    res.json(await reopenAccount(req.params.id!));
  } catch (problem) {
    // expect: error-detail-leak
    res.status(500).json({ message: (problem as Error).message });
  }
});

router.post("/accounts/:id/freeze", async (req: Request, res: Response) => {
  try {
    await freezeAccount(req.params.id!);
    res.status(204).end();
  } catch (problem) {
    // expect: error-detail-leak
    res.status(500).json({ message: (problem as Error).message });
  }
});

router.post("/accounts/:id/audit", async (req: Request, res: Response) => {
  try {
    await closeAccount(req.params.id!);
    await recordAudit(req.params.id!);
    res.status(204).end();
  } catch (problem) {
    // expect: error-detail-leak
    res.status(500).json({ message: (problem as Error).message });
  }
});

router.get("/accounts/:id/summary", async (req: Request, res: Response) => {
  try {
    res.json(await balanceOf(req.params.id!));
  } catch (problem) {
    // expect: error-detail-leak
    res.status(500).json({ stack: (problem as Error).stack });
  }
});

declare function recordAudit(accountId: string): Promise<void>;

export default router;
