import type { Request, Response } from "express";
import { mailStaff, saveRow } from "./mailer";

// A feedback widget's post, handled in another module: it reads the form and never asks who sent it.
export async function takeFeedback(req: Request, res: Response): Promise<void> {
  await mailStaff("feedback", String(req.body.text ?? ""));
  res.status(204).end();
}

// The same form in a signed-in area: it asks the session who is writing, so it expects a guard in front of it.
export async function takeMemberFeedback(req: Request, res: Response): Promise<void> {
  await saveRow("feedback", { author: req.session?.memberId, text: req.body.text });
  res.status(204).end();
}

// A sign-up handled in another module: it stores the new account and asks no one who is posting.
export async function enrolMember(req: Request, res: Response): Promise<void> {
  await saveRow("accounts", { email: req.body.email, name: req.body.name });
  res.status(201).end();
}
