// The package validates with joi and does not depend on zod: the scaffold is written in joi (a required, possibly
// empty string; unlisted keys stripped as the handler never read them), imported as the file beside it imports joi.
import { Router } from "express";
import { db } from "../lib/db";

export const invitesRouter = Router();

invitesRouter.post("/invites", async (req, res) => {
  // expect: missing-input-validation
  res.status(201).json(await db.invite.create({ data: { email: req.body.email.trim() } }));
});
