import { Hono } from "hono";

// ok: missing-security-headers -- a starter with its own package.json is installed and run alone; the landing page beside it is another app
const feed = new Hono();
feed.get("/entries", (c) => c.json([{ id: 1, title: "first" }]));
feed.post("/entries", async (c) => c.json(await c.req.json(), 201));

export default feed;
