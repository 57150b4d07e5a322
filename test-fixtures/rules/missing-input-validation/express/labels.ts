// A length check tells neither text nor list: `labels.length` on what clients send as an array must not become a
// text field (every client would get 400), while a text method still makes one.
import { Router } from "express";
import { db } from "../lib/db";

export const labelsRouter = Router();

labelsRouter.post("/cards/labels", async (req, res) => {
  // expect: missing-input-validation
  const { cardId, labels } = req.body;
  if (labels.length > 20) return res.status(400).json({ error: "too many labels" });
  const card = await db.card.update({ where: { id: cardId.trim() }, data: { labels } });
  res.json(card);
});
