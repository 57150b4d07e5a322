import { Router } from "express";

const router = Router();
const attempts: string[] = [];

// expect: missing-rate-limit
router.post("/login", (req, res) => {
  attempts.push(String(req.body?.email));
  res.sendStatus(204);
});

export default router;
