// One route through a helper Harden cannot prove validates is not a convention: the finding names the helper and the
// config line that settles it. A middleware given only literals is not taken for a validator.
import express from "express";
import { conform } from "../../lib/request-rules";
import { requireScope } from "@acme/scopes";
import { db } from "../../lib/db";

export const reviewRoutes = express.Router();

reviewRoutes.post("/reviews", conform({ stars: "int", text: "string" }), async (req, res) => {
  // expect: missing-input-validation
  res.status(201).json(await db.review.create({ data: { stars: req.body.stars, text: req.body.text } }));
});

reviewRoutes.post("/reviews/:id/flags", requireScope("reviews:flag"), async (req, res) => {
  // expect: missing-input-validation
  res.status(201).json(await db.flag.create({ data: { reviewId: req.params.id, reason: req.body.reason } }));
});
