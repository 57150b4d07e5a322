import { createRequestHandler } from "@remix-run/express";
import express from "express";

const app = express();
const build = await import("./build/server/index.js");

// A handler the project builds itself: Harden cannot see it dispatch anywhere else.
function passThrough() {
  return (_req: express.Request, res: express.Response) => res.json({ ok: true });
}

// expect: missing-auth
app.post("/ops/replay", passThrough());

// ok: missing-auth -- Remix's adapter hands every request to the app's own loaders and actions, which are the routes
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

app.listen(3000);
