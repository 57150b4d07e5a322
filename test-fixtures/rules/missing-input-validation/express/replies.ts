// A property read on a field makes the field an object (`comment.text` → `comment: z.object({ text })`), not a
// string; an object read in part keeps its other keys.
import { Router } from "express";
import { db } from "../lib/db";

export const repliesRouter = Router();

repliesRouter.post("/threads/:threadId/replies", async (req, res) => {
  // expect: missing-input-validation
  const { comment, subscribe } = req.body;
  if (comment.text.trim().length === 0) return res.status(422).json({ error: "empty reply" });
  const reply = await db.reply.create({ data: { threadId: req.params.threadId, text: comment.text, quotedId: comment.quotedId } });
  if (subscribe === true) await db.subscription.create({ data: { threadId: req.params.threadId } });
  res.status(201).json(reply);
});
