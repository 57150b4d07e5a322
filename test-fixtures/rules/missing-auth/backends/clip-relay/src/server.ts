// One path served by a run of registrations: Express calls them in order, and each that calls `next()` is a step in
// front of the last one, not a route of its own.
import express from "express";
import { verifyRelayToken } from "./tokens";
import { store } from "./store";

const app = express();

// ok: missing-auth -- it only checks the content type and hands the request on to the registrations below
app.post("/clips", (req, res, next) => {
  if (!req.is("application/json")) return res.status(415).end();
  next();
});

// ok: missing-auth -- the bearer check in front of the handler below; it is that handler's guard, not a route
app.post("/clips", (req, res, next) => {
  const token = req.header("authorization")?.replace(/^Bearer /, "");
  if (!token || !verifyRelayToken(token)) return res.status(401).json({ error: "unauthorized" });
  next();
});

// ok: missing-auth -- the registration above authenticates every request before it reaches this one
app.post("/clips", async (req, res) => {
  res.status(201).json({ id: await store.save("clip", { url: String(req.body.url) }) });
});

// ok: missing-auth -- it only logs and hands on: a step in front of the handler below
app.delete("/clips/:id", (req, _res, next) => {
  console.log("delete", req.params.id);
  next();
});

// expect: missing-auth
app.delete("/clips/:id", async (req, res) => {
  res.json({ id: await store.save("delete", { clip: req.params.id }) });
});

// expect: missing-auth
app.put("/clips/:id", async (req, res) => {
  res.json({ id: await store.save("clip", { clip: req.params.id, url: String(req.body.url) }) });
});

// expect: missing-auth
app.put("/clips/:id", async (req, res) => {
  // Never reached: the handler above answers every request. Both are routes, neither hands on.
  res.json({ id: await store.save("clip", { clip: req.params.id }) });
});

app.listen(8080);
