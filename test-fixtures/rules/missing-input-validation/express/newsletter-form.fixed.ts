// An HTML form posts here and the app parses urlencoded bodies only: every field arrives as text. The schema keeps
// text as text, coerces only the number the handler computes with, and reads a checkbox compared with `true` from its
// text, so every form the page sends today still passes.
import express from "express";
import { db } from "../lib/db";
import { z } from "zod";

const site = express();
site.use(express.urlencoded({ extended: false }));

const createNewsletterBody = z.object({
  seats: z.coerce.number(),
  email: z.string(),
  weekly: z.string().transform((value) => value === "true").optional(),
  source: z.string(),
});

site.post("/newsletter", async (req, res) => {
  const parsed = createNewsletterBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const seats = parsed.data.seats + 1;
  const signup = await db.signup.create({ data: { email: parsed.data.email.toLowerCase(), seats, weekly: parsed.data.weekly === true, source: parsed.data.source } });
  res.redirect(303, `/thanks/${signup.id}`);
});
