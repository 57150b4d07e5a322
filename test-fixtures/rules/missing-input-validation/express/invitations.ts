import express from "express";
import { db } from "../lib/db";
import { newPasswordRule } from "../lib/credential-rules";

const router = express.Router();

// ok: missing-input-validation -- the one body field is run through an imported zod schema, and a failure leaves before any use
router.post("/invitations/:code/accept", async (req, res) => {
  const { password } = req.body;
  const verdict = newPasswordRule.safeParse(password);
  if (!verdict.success) return res.redirect(`/join?error=weak-password`);
  await db.member.create({ data: { inviteCode: req.params.code, password } });
  res.redirect("/welcome");
});

// The schema's verdict is computed and thrown away, so the raw value is stored unchecked.
router.post("/invitations/:code/reset", async (req, res) => {
  // expect: missing-input-validation
  const { password } = req.body;
  newPasswordRule.safeParse(password);
  await db.member.update({ where: { inviteCode: req.params.code }, data: { password } });
  res.redirect("/welcome");
});

// Only the password is checked; the display name goes to the store as the client sent it.
router.post("/invitations/:code/profile", async (req, res) => {
  // expect: missing-input-validation
  const { password, displayName } = req.body;
  if (!newPasswordRule.safeParse(password).success) return res.status(400).end();
  await db.member.update({ where: { inviteCode: req.params.code }, data: { password, displayName } });
  res.end();
});

export default router;
