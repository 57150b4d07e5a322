// This router accepts JSON from the app and urlencoded posts from a plain form: the schema accepts each field as
// either sends it (a rating as a number or as its text, a flag as a boolean or the text "true").
import { Router, json, urlencoded } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const feedbackRouter = Router();
feedbackRouter.use(json());
feedbackRouter.use(urlencoded({ extended: true }));

const createFeedbackBody = z.object({
  rating: z.coerce.number(),
  comment: z.string(),
  anonymous: z.union([z.boolean(), z.string().transform((value) => value === "true")]).nullish(),
});

feedbackRouter.post("/feedback", async (req, res) => {
  const parsed = createFeedbackBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  if (parsed.data.rating > 5) return res.status(422).json({ error: "rating is out of range" });
  // expect: missing-input-validation
  const entry = await db.feedback.create({ data: { rating: parsed.data.rating, comment: parsed.data.comment.trim(), anonymous: parsed.data.anonymous === true } });
  res.status(201).json(entry);
});
