// Destructuring defaults: the handler supplies those fields when a client leaves them out, so the schema must not
// require them (a required field would answer 400 to every client that relies on the default).
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const shelvesRouter = Router();

const createShelveBody = z.object({
  label: z.string(),
  color: z.string().optional(),
  position: z.number().optional(),
});

shelvesRouter.post("/shelves", async (req, res) => {
  const parsed = createShelveBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const { label, color = "grey", position = 0 } = parsed.data;
  const shelf = await db.shelf.create({ data: { label: label.trim(), color: color.toLowerCase(), position: position + 1 } });
  res.status(201).json(shelf);
});
