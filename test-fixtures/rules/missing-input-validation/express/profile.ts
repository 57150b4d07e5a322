import express from "express";
import { db } from "../lib/db";
import { requireAuth } from "../lib/auth";

const app = express();
app.use(express.json());

app.patch("/profiles/:id", requireAuth, async (req, res) => {
  // expect: missing-input-validation
  const { displayName, bio, newsletter } = req.body;
  if (newsletter === true) await db.subscription.upsert({ where: { userId: req.params.id }, create: { userId: req.params.id }, update: {} });
  const profile = await db.profile.update({
    where: { id: req.params.id },
    data: { displayName: displayName?.trim(), bio },
  });
  res.json(profile);
});

export default app;
