import { Router } from "express";
import { z } from "zod";
import { db } from "../lib/db";

export const usersRouter = Router();

const newUser = z.object({ email: z.string().email(), name: z.string().min(1) });

usersRouter.post("/", async (req, res) => {
  const input = newUser.parse(req.body);
  const user = { id: Date.now().toString(), ...input };
  await db.users.insert(user);
  res.status(201).json(user);
});

usersRouter.post("/:id/avatar", async (req, res) => {
  const upload = await fetch("https://images.example.com/upload", { method: "POST", body: JSON.stringify({ userId: req.params.id }) });
  res.status(upload.ok ? 204 : 502).end();
});
