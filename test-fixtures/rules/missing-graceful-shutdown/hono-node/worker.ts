import { Hono } from "hono";

const worker = new Hono();
worker.get("/", (c) => c.text("edge"));

// ok: missing-graceful-shutdown -- a Workers module: the platform runs it, no process to drain
export default { fetch: worker.fetch };
