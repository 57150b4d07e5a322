import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const usersRouter = Router();

const createUserBody = z.object({ name: z.any(), age: z.number() });

usersRouter.post("/users", async (req, res) => {
  const parsed = createUserBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  if (parsed.data.name.length > 80) return res.status(422).json({ error: "name too long" });
  if (parsed.data.age < 13) return res.status(403).json({ error: "too young" });
  const user = await db.user.create({ data: { name: parsed.data.name, age: parsed.data.age } });
  res.status(201).json(user);
});

// ok: missing-input-validation -- the id path param only looks a record up
usersRouter.get("/users/:id", async (req, res) => {
  const user = await db.user.findUnique({ where: { id: req.params.id } });
  if (!user) return res.status(404).json({ error: "not found" });
  res.json(user);
});
