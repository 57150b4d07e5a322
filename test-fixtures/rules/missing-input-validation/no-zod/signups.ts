// The package declares no validator: the scaffold also adds zod to this package's own package.json (sorted among its
// dependencies, in its indentation), as one fix, and its title says the lockfile is then to be updated.
import { Router } from "express";
import { db } from "../lib/db";

export const signupsRouter = Router();

signupsRouter.post("/signups", async (req, res) => {
  // expect: missing-input-validation
  const signup = await db.signup.create({ data: { email: req.body.email.toLowerCase() } });
  res.status(201).json(signup);
});
