// The package declares no validator: the scaffold also adds zod to this package's own package.json (sorted among its
// dependencies, in its indentation), as one fix, and its title says the lockfile is then to be updated.
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const signupsRouter = Router();

const createSignupBody = z.object({ email: z.string() });

signupsRouter.post("/signups", async (req, res) => {
  const parsed = createSignupBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: z.flattenError(parsed.error) });
  // expect: missing-input-validation
  const signup = await db.signup.create({ data: { email: parsed.data.email.toLowerCase() } });
  res.status(201).json(signup);
});
