import express from "express";
import { store } from "./store";

export const accounts = express.Router();

// Sending the sign-up confirmation mail again is a step of signing up: the caller has no session yet.
// ok: missing-auth -- a resend of the verification mail, before any session exists
accounts.post("/account/resend-verification-email", async (req, res) => {
  await store.append("outbox", { to: String(req.body.email), template: "verify" });
  res.status(202).end();
});

// Changing where mail goes is an account change, which only its signed-in owner may make.
// expect: missing-auth
accounts.post("/account/notification-email", async (req, res) => {
  await store.append("settings", { email: String(req.body.email) });
  res.status(204).end();
});
