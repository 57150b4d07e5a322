// The package validates with joi and does not depend on zod: the scaffold is written in joi (a required, possibly
// empty string; unlisted keys stripped as the handler never read them), imported as the file beside it imports joi.
import { Router } from "express";
import { db } from "../lib/db";
import * as Joi from "joi";

export const invitesRouter = Router();

const createInviteBody = Joi.object({
  email: Joi.string().allow("").required(),
}).options({ stripUnknown: true });

invitesRouter.post("/invites", async (req, res) => {
  const parsed = createInviteBody.validate(req.body, { abortEarly: false });
  if (parsed.error) return res.status(400).json({ error: parsed.error.details });
  // expect: missing-input-validation
  res.status(201).json(await db.invite.create({ data: { email: parsed.value.email.trim() } }));
});
