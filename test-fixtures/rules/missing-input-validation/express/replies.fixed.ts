// A property read on a field makes the field an object (`comment.text` → `comment: z.object({ text })`), not a
// string; an object read in part keeps its other keys.
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const repliesRouter = Router();

const createReplyBody = z.object({
  comment: z.object({ text: z.string(), quotedId: z.any() }).passthrough(),
  subscribe: z.boolean().nullish(),
});

repliesRouter.post("/threads/:threadId/replies", async (req, res) => {
  const parsed = createReplyBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const { comment, subscribe } = parsed.data;
  if (comment.text.trim().length === 0) return res.status(422).json({ error: "empty reply" });
  const reply = await db.reply.create({ data: { threadId: req.params.threadId, text: comment.text, quotedId: comment.quotedId } });
  if (subscribe === true) await db.subscription.create({ data: { threadId: req.params.threadId } });
  res.status(201).json(reply);
});
