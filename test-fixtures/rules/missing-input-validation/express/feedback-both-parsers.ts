// This router accepts JSON from the app and urlencoded posts from a plain form: the schema accepts each field as
// either sends it (a rating as a number or as its text, a flag as a boolean or the text "true").
import { Router, json, urlencoded } from "express";
import { db } from "../lib/db";

export const feedbackRouter = Router();
feedbackRouter.use(json());
feedbackRouter.use(urlencoded({ extended: true }));

feedbackRouter.post("/feedback", async (req, res) => {
  if (req.body.rating > 5) return res.status(422).json({ error: "rating is out of range" });
  // expect: missing-input-validation
  const entry = await db.feedback.create({ data: { rating: req.body.rating, comment: req.body.comment.trim(), anonymous: req.body.anonymous === true } });
  res.status(201).json(entry);
});
