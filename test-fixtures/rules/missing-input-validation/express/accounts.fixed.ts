// A body written whole into the store (`create({ data: { ...req.body } })`): unlisted keys would be mass-assigned,
// so the schema is strict and says to list every field the route accepts.
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const accountsRouter = Router();

// req.body is also written whole: list every field the route accepts; .strict() rejects the rest.
const createAccountBody = z.object({ displayName: z.any() }).strict();

accountsRouter.post("/accounts", async (req, res) => {
  const parsed = createAccountBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  if (parsed.data.displayName.length > 60) return res.status(422).json({ error: "name too long" });
  const account = await db.account.create({ data: { ...parsed.data, createdBy: res.locals.userId } });
  res.status(201).json(account);
});
