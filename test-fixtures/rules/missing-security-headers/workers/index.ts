import { Hono } from "hono";

type Bindings = { DB: D1Database };

// expect: missing-security-headers
const app = new Hono<{ Bindings: Bindings }>();
app.get("/", (c) => c.html("<h1>Notes</h1>"));
app.get("/notes", async (c) => c.json(await c.env.DB.prepare("select * from notes").all()));

export default { fetch: app.fetch };
