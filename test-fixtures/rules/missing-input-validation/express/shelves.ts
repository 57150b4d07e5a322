// Destructuring defaults: the handler supplies those fields when a client leaves them out, so the schema must not
// require them (a required field would answer 400 to every client that relies on the default).
import { Router } from "express";
import { db } from "../lib/db";

export const shelvesRouter = Router();

shelvesRouter.post("/shelves", async (req, res) => {
  // expect: missing-input-validation
  const { label, color = "grey", position = 0 } = req.body;
  const shelf = await db.shelf.create({ data: { label: label.trim(), color: color.toLowerCase(), position: position + 1 } });
  res.status(201).json(shelf);
});
