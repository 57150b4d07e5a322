import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";

const app = new Hono();

// expect: unbounded-body-size
app.post("/upload", bodyLimit({ maxSize: 500 * 1024 * 1024 }), async (c) => c.json({ ok: true }));
// ok: unbounded-body-size -- 4 MB is within the upload budget
app.post("/avatar", bodyLimit({ maxSize: 4 * 1024 * 1024, onError: (c) => c.text("too large", 413) }), async (c) => c.json({ ok: true }));

export default app;
