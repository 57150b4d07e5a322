import * as Sentry from "@sentry/node";
import { Hono } from "hono";
import { requireAccount } from "./account";
import { db } from "./db";
import { keyAndCount, keyOrCount } from "./keys";
import { acceptRepoEvent, recordRepoEvent } from "./repo-events";

const app = new Hono();
const api = new Hono();
const reports = new Hono();

// ok: missing-auth -- the signature header's value goes to a helper that verifies it with Octokit and refuses on failure
api.post("/repo-hook", async (c) => {
  const signature = c.req.header("x-hub-signature-256");
  if (!signature) return c.json({ error: "unsigned" }, 400);
  const { accepted } = await acceptRepoEvent(await c.req.text(), signature, c.req.header("x-github-delivery") ?? "");
  return accepted ? c.json({ ok: true }) : c.json({ error: "bad signature" }, 400);
});

// Every /api route registered below runs the account check inside the error tracker's per-request scope, except the
// paths the middleware lets through first.
api.use("*", async (c, next) => {
  const path = c.req.path;
  if (path.startsWith("/api/shared/") || path === "/api/ping") return next();
  return Sentry.withIsolationScope(async () => {
    Sentry.setTag("area", "api");
    await requireAccount(c);
    return next();
  });
});

// ok: missing-auth -- the account check runs in the scope callback before the route
api.post("/boards", async (c) => c.json(await db.write("boards", await c.req.text()), 201));
// ok: missing-auth -- /api/pingback is not the exempted /api/ping, so the check applies
api.post("/pingback", async (c) => c.json(await db.write("pingbacks", await c.req.text())));
// ok: missing-auth -- a liveness ping, public by design (the middleware lets it through before its check)
api.post("/ping", async (c) => c.json(await db.write("pings", await c.req.text())));
// expect: missing-auth
api.post("/shared/copy", async (c) => c.json(await db.write("copies", await c.req.text())));

// expect: missing-auth
reports.post("/repo-hook", async (c) => {
  const { accepted } = await recordRepoEvent(await c.req.text(), c.req.header("x-hub-signature-256") ?? "", c.req.header("x-github-delivery") ?? "");
  return c.json({ accepted });
});

// The scope callback writes an audit row before it checks the account: the write happens for anyone.
reports.use("*", async (c, next) =>
  Sentry.withIsolationScope(async () => {
    await db.write("audit", c.req.path);
    await requireAccount(c);
    return next();
  }),
);

// expect: missing-auth
reports.post("/exports", async (c) => c.json(await db.write("exports", await c.req.text()), 202));

// ok: missing-auth -- hono/combine's every() runs the bearer key check before the counter
app.post("/keys/boards", keyAndCount, async (c) => c.json(await db.write("boards", await c.req.text()), 201));
// expect: missing-auth
app.post("/keys/exports", keyOrCount, async (c) => c.json(await db.write("exports", await c.req.text()), 202));

app.route("/api", api);
app.route("/reports", reports);

export default app;
