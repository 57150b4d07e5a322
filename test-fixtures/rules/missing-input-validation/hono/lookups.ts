import { Hono } from "hono";
import { db } from "../lib/db";

const app = new Hono();
const sortable = ["createdAt", "title"];

// ok: missing-input-validation -- `c.req.query(key)` is one string, tested for presence before the lookup
app.get("/invites/accept", async (c) => {
  const code = c.req.query("code");
  if (!code) return c.json({ error: "code required" }, 400);
  return c.json(await db.post.findMany({ where: { inviteCode: code } }));
});

// ok: missing-input-validation -- the single value must be one of an allow-list before it orders anything
app.get("/posts/sorted", async (c) => {
  const sort = c.req.query("sort");
  if (!sortable.includes(sort ?? "")) return c.json({ error: "bad sort" }, 400);
  return c.json(await db.post.findMany({ orderBy: { [sort!]: "desc" } }));
});

app.get("/posts/by-author", async (c) => {
  // expect: missing-input-validation
  const author = c.req.query("author");
  return c.json(await db.post.findMany({ where: { author } }));
});

export default app;
