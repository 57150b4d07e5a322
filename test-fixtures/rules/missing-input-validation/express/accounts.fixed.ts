// A body written whole into the store (`create({ data: { ...req.body } })`): unlisted keys would be mass-assigned,
// so the schema is strict and says to list every field the route accepts.
import { Router } from "express";
import { db } from "../lib/db";

export const accountsRouter = Router();

accountsRouter.post("/accounts", async (req, res) => {
  // expect: missing-input-validation
  if (req.body.displayName.length > 60) return res.status(422).json({ error: "name too long" });
  const account = await db.account.create({ data: { ...req.body, createdBy: res.locals.userId } });
  res.status(201).json(account);
});
