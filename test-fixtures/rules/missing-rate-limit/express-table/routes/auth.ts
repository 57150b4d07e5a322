import { Router } from "express";

const router = Router();
const attempts: string[] = [];

// ok: missing-rate-limit -- the app limits /v1/auth, where the route table mounts this router, before mounting /v1
router.post("/login", (req, res) => {
  attempts.push(String(req.body?.email));
  res.sendStatus(204);
});

export default router;
