// Inputs written out as text and sent on untouched: the query re-encoded into a redirect back to the client, the body
// re-encoded as the payload of an outbound request. Nothing here reads a field. Written out and stored, it is kept as
// the client sent it and is flagged.
import { Router } from "express";
import querystring from "node:querystring";
import isEmpty from "lodash/isEmpty";
import { db } from "../lib/db";

export const passThroughRouter = Router();

passThroughRouter.get("/legacy/*", (req, res) => {
  // ok: missing-input-validation -- the query is only re-encoded into the redirect's location
  const suffix = isEmpty(req.query) ? "" : `?${querystring.stringify(req.query)}`;
  res.redirect(301, "/current" + req.path + suffix);
});

passThroughRouter.post("/hooks/try", async (req, res) => {
  // ok: missing-input-validation -- the body is only the payload of the outbound test delivery
  await fetch("https://hooks.example.test/inbox", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(req.body) });
  res.status(202).end();
});

passThroughRouter.get("/legacy-log", async (req, res) => {
  // expect: missing-input-validation
  await db.audit.create({ data: { query: querystring.stringify(req.query) } });
  res.status(204).end();
});
