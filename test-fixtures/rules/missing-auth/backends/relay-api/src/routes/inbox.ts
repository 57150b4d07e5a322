import { Router } from "express";
import { store } from "../store";

// Mounted twice by the server: behind the session guard, and again on the public prefix without it.
export const inboxRouter = Router();

// expect: missing-auth
inboxRouter.post("/archive", async (req, res) => {
  await store.archive(String(req.body.messageId));
  res.sendStatus(204);
});
