// The package validates with joi and does not depend on zod: the zod scaffold is only a suggestion whose title says
// to write the schema in joi or add zod.
import { Router } from "express";
import { db } from "../lib/db";

export const invitesRouter = Router();

invitesRouter.post("/invites", async (req, res) => {
  // expect: missing-input-validation
  res.status(201).json(await db.invite.create({ data: { email: req.body.email.trim() } }));
});
