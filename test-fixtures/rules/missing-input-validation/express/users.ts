import { Router } from "express";
import { db } from "../lib/db";

export const usersRouter = Router();

usersRouter.post("/users", async (req, res) => {
  // expect: missing-input-validation
  if (req.body.name.length > 80) return res.status(422).json({ error: "name too long" });
  if (req.body.age < 13) return res.status(403).json({ error: "too young" });
  const user = await db.user.create({ data: { name: req.body.name, age: req.body.age } });
  res.status(201).json(user);
});

// ok: missing-input-validation -- the id path param only looks a record up
usersRouter.get("/users/:id", async (req, res) => {
  const user = await db.user.findUnique({ where: { id: req.params.id } });
  if (!user) return res.status(404).json({ error: "not found" });
  res.json(user);
});
