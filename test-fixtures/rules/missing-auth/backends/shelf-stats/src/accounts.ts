import express from "express";
import { kioskGate } from "./gate";
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

const kioskChain = [kioskGate.admit.bind(kioskGate)];

// ok: missing-auth -- the kiosk gate refuses a body without its pass (`req.body["token"]`) before calling on
accounts.post("/kiosk/restock", kioskChain, async (req, res) => {
  await store.append("restock", { shelf: res.locals.shelf, count: Number(req.body.count) });
  res.status(204).end();
});

const shelfChain = [kioskGate.requireShelf.bind(kioskGate)];

// expect: missing-auth
accounts.post("/kiosk/label", shelfChain, async (req, res) => {
  await store.append("labels", { shelf: String(req.body.shelf), text: String(req.body.text) });
  res.status(204).end();
});
