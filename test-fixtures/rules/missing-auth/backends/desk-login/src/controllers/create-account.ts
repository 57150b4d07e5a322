import type { Request, Response } from "express";
import Account from "../models/account";

export default async (req: Request, res: Response) => {
  const { email, password } = req.body;
  const created = await Account.register(email, password);
  if (created) {
    return res.status(201).json({ email: created });
  }
  res.status(422).end();
};
