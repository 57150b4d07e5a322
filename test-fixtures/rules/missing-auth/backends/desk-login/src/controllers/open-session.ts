import type { Request, Response } from "express";
import Account from "../models/account";

export default async (req: Request, res: Response) => {
  const { email, password } = req.body;
  const key = await Account.signIn(email, password);
  if (key) {
    return res.json({ key });
  }
  res.status(422).json({ error: "Incorrect email or password." });
};
