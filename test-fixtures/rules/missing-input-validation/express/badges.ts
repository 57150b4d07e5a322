// Badge routes: the query's display values are written into an object that only badge-maker's `makeBadge` receives,
// and it refuses any field that is not text (and a style it does not know). Handed to anything else as well, the
// values are used as they came.
import { Router } from "express";
import { makeBadge } from "badge-maker";
import { db } from "../lib/db";

export const badgesRouter = Router();

badgesRouter.get("/badges/:id", async (req, res) => {
  // ok: missing-input-validation -- every value ends in makeBadge's checked fields or is converted to a number
  const { title, tint, look, score } = req.query;
  const shown = score !== undefined ? parseInt(String(score), 10) : undefined;
  const rating = score && parseFloat(String(score));
  const format = { style: look };
  format.label = title === undefined ? "Build" : title;
  format.label = title;
  format.color = tint;
  format.message = `${shown ?? rating ?? "n/a"}`;
  res.type("image/svg+xml").send(makeBadge(format));
});

badgesRouter.get("/badges/:id/saved", async (req, res) => {
  // expect: missing-input-validation
  const { title } = req.query;
  const format = { label: "Saved", message: "ok" };
  format.label = title;
  await db.badge.create({ data: format });
  res.type("image/svg+xml").send(makeBadge(format));
});
