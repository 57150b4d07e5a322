import { Router } from "express";
import { store } from "../store";

// Mounted twice as well, behind the session guard both times.
export const outboxRouter = Router();

// ok: missing-auth -- every place the router is mounted checks the session first
outboxRouter.post("/retry", async (req, res) => {
  await store.retry(String(req.body.messageId));
  res.sendStatus(204);
});
