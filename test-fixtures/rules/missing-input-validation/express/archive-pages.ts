import express from "express";
import { db } from "../lib/db";

const router = express.Router();

router.get("/archive", async (req, res) => {
  // ok: missing-input-validation -- both values go on only as text (a list or object of text becomes text too) or a number
  const { after, size } = req.query;
  const take = parseInt(size?.toString() ?? "50", 10);
  if (!Number.isInteger(take) || take < 1 || take > 200) return res.status(400).json({ error: "size must be 1..200" });
  res.json(await db.entry.findMany({ cursor: { id: after?.toString() }, take }));
});

router.get("/archive/tagged", async (req, res) => {
  // The tag is made text, but the owner goes into the filter as it arrived (`owner[not]=x` is an object).
  // expect: missing-input-validation
  const { tag, owner } = req.query;
  res.json(await db.entry.findMany({ where: { tag: tag?.toString(), owner } }));
});

router.post("/archive/rename", async (req, res) => {
  // A JSON field's `.toString()` would make text of a structure the client sent.
  // expect: missing-input-validation
  const { id, title } = req.body;
  res.json(await db.entry.update({ where: { id: id.toString() }, data: { title: title.toString() } }));
});

export default router;
