import express from "express";
import { db } from "../lib/db";
import { requireAuth } from "../lib/auth";
import { z } from "zod";

const app = express();
app.use(express.json());

const updateProfileBody = z.object({
  displayName: z.string().nullable(),
  bio: z.any(),
  newsletter: z.boolean().nullable(),
}).partial();

app.patch("/profiles/:id", requireAuth, async (req, res) => {
  const parsed = updateProfileBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const { displayName, bio, newsletter } = parsed.data;
  if (newsletter === true) await db.subscription.upsert({ where: { userId: req.params.id }, create: { userId: req.params.id }, update: {} });
  const profile = await db.profile.update({
    where: { id: req.params.id },
    data: { displayName: displayName?.trim(), bio },
  });
  res.json(profile);
});

export default app;
