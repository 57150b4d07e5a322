import { Hono } from "hono";
import { db } from "../lib/db";

const app = new Hono();
const sortable = ["createdAt", "title"];

/** `"title:asc"` → an ordering; nothing when the client sent none. */
function orderingFrom(spec?: string) {
  if (!spec) return undefined;
  const [column, direction] = spec.split(":");
  return { [column || "createdAt"]: direction === "asc" ? "asc" : "desc" } as const;
}

function authorFilter(author?: string) {
  return { author };
}

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

// ok: missing-input-validation -- one string or the empty default; absence is handled where the value is taken
app.get("/posts/titled", async (c) => {
  const title = c.req.query("title") ?? "";
  return c.json(await db.post.findMany({ where: { title: { contains: title } } }));
});

// ok: missing-input-validation -- the optional call skips an absent value, and the text is then trimmed and measured
app.get("/posts/search", async (c) => {
  const { term } = c.req.query();
  const needle = term?.trim() || "";
  if (needle.length < 3) return c.json([]);
  return c.json(await db.post.findMany({ where: { title: { contains: needle } } }));
});

// ok: missing-input-validation -- the helper this file declares leaves at its head when the value is absent, and a Hono query value is text
app.get("/posts/ordered", async (c) => {
  const orderBy = orderingFrom(c.req.query("order"));
  return c.json(await db.post.findMany({ orderBy }));
});

app.get("/posts/filtered", async (c) => {
  // expect: missing-input-validation
  const where = authorFilter(c.req.query("author"));
  return c.json(await db.post.findMany({ where }));
});

app.post("/posts/retitle", async (c) => {
  // expect: missing-input-validation
  const body = await c.req.json();
  // a body field may be any JSON value: a fallback covers only its absence
  const title = body.title ?? "untitled";
  return c.json(await db.post.updateMany({ data: { title } }));
});

export default app;
