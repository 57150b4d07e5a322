import { Hono } from "hono";
import { billing } from "./billing";
import { bundles } from "./bundles";
import { devices } from "./devices";
import { journal } from "./journal";
import { addFallback, makeRoot } from "./root";

const app = makeRoot();
app.route("/bundles", bundles);
app.route("/devices", devices);
app.route("/billing", billing);
addFallback(app);

const cronApp = new Hono();
// ok: missing-auth -- `cronApp` is only called in-process by `scheduled()`; the runtime serves `app`
cronApp.post("/flush", async (c) => c.json(await journal.flush()));

const debugApp = new Hono();
// expect: missing-auth
debugApp.post("/flush", async (c) => c.json(await journal.flush()));
app.route("/debug", debugApp);

async function flushOnSchedule(env: unknown) {
  await cronApp.fetch(new Request("https://internal/flush", { method: "POST" }), env);
  await debugApp.fetch(new Request("https://internal/flush", { method: "POST" }), env);
}

export default {
  fetch: app.fetch,
  scheduled(_controller: unknown, env: unknown, ctx: { waitUntil(p: Promise<unknown>): void }) {
    ctx.waitUntil(flushOnSchedule(env));
  },
};
