import { Router } from "express";
import OpenAI from "openai";
import { requireAuth } from "./auth";

const openai = new OpenAI();
export const aiRouter = Router();

// expect: missing-rate-limit
aiRouter.post("/public/summarize", async (req, res) => {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(req.body.text) }] });
  res.json({ summary: completion.choices[0]?.message.content });
});

// ok: missing-rate-limit -- signed-in users only; abuse is tied to an account
aiRouter.post("/summarize", requireAuth, async (req, res) => {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(req.body.text) }] });
  res.json({ summary: completion.choices[0]?.message.content });
});

// ok: missing-rate-limit -- a cheap public endpoint
aiRouter.get("/models", (_req, res) => res.json({ models: ["gpt-4o-mini"] }));
