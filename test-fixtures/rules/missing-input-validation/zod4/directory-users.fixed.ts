// A provisioning endpoint that a directory service calls: the schema the fix writes must accept what the handler
// already copes with. `groups` is tested with Array.isArray, so it is a list (not the text its `.length` would
// suggest); `profile` is read through `?.` and `nickname` only stands in when `profile.fullName` is missing, so both
// may be left out; `email` is used with nothing to fall back on, so it stays required.
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const directoryRouter = Router();

const createUserBody = z.object({
  email: z.string(),
  profile: z.object({ fullName: z.any().optional() }).loose().nullish(),
  nickname: z.any().optional(),
  groups: z.array(z.any()).nullish(),
});

directoryRouter.post("/directory/users", async (req, res) => {
  const parsed = createUserBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: z.flattenError(parsed.error) });
  // expect: missing-input-validation
  const { email, profile, nickname, groups } = parsed.data;
  let team = "general";
  if (groups && Array.isArray(groups) && groups.length > 0) team = String(groups[0]);
  const user = await db.user.create({ data: { email: email.toLowerCase(), name: profile?.fullName || nickname, team } });
  res.status(201).json(user);
});
