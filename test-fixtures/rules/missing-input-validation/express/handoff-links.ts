// Values that only travel on as text: a query handed to a helper that keeps its token only when it is a string, and
// body fields set on a URLSearchParams for a redirect, which turns each into text. Stored or returned as they came,
// they are flagged.
import { Router } from "express";
import { looseTokenFromQuery, tokenFromQuery } from "../lib/query-tokens";
import { db } from "../lib/db";

export const handoffRouter = Router();

handoffRouter.delete("/sessions/current", async (req, res) => {
  // ok: missing-input-validation -- the helper hands on the token only when it is text
  const token = tokenFromQuery(req.query, req.headers.authorization);
  if (!token) return res.status(401).end();
  await db.session.delete({ where: { token } });
  res.status(204).end();
});

handoffRouter.delete("/sessions/legacy", async (req, res) => {
  // expect: missing-input-validation
  const token = looseTokenFromQuery(req.query);
  res.json(await db.session.findMany({ where: { token } }));
});

handoffRouter.post("/sign-in/continue", (req, res) => {
  // ok: missing-input-validation -- each value is only tested for presence and set as text on the redirect's query
  const { grant, nonce } = req.body;
  if (!grant) return res.redirect(303, "/sign-in");
  const next = new URLSearchParams();
  next.set("grant", grant);
  if (nonce) next.append("nonce", nonce);
  res.redirect(303, `/welcome?${next.toString()}`);
});

handoffRouter.post("/sign-in/remember", async (req, res) => {
  // expect: missing-input-validation
  const { grant } = req.body;
  const next = new URLSearchParams();
  next.set("grant", grant);
  await db.grant.create({ data: { grant } });
  res.redirect(303, `/welcome?${next.toString()}`);
});
