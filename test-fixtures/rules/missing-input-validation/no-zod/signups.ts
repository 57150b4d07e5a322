// The package does not depend on zod: the fix is only a suggestion (never applied by --fix) whose title says to add
// zod to no-zod/package.json, since an import of an undeclared package would not build.
import { Router } from "express";
import { db } from "../lib/db";

export const signupsRouter = Router();

signupsRouter.post("/signups", async (req, res) => {
  // expect: missing-input-validation
  const signup = await db.signup.create({ data: { email: req.body.email.toLowerCase() } });
  res.status(201).json(signup);
});
