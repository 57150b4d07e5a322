import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import { db } from "../lib/db";

const app = new Hono();

const createPostBody = z.object({ title: z.any(), published: z.boolean().nullish() });

app.post("/posts", async (c) => {
  const parsed = createPostBody.safeParse(await c.req.json());
  if (!parsed.success) return c.json({ error: parsed.error.flatten() }, 400);
  // expect: missing-input-validation
  const body = parsed.data;
  if (body.title.length === 0) return c.json({ error: "title required" }, 422);
  const post = await db.post.create({ data: { title: body.title, published: body.published === true } });
  return c.json(post, 201);
});

// ok: missing-input-validation -- zValidator checks the JSON body, c.req.valid reads the checked value
app.put("/posts/:id", zValidator("json", z.object({ title: z.string(), published: z.boolean() }).strict()), async (c) => {
  const post = await db.post.update({ where: { id: c.req.param("id") }, data: c.req.valid("json") });
  return c.json(post);
});

// ok: missing-input-validation -- the page number is converted with Number() and a fallback
app.get("/posts", async (c) => {
  const page = Number(c.req.query("page") ?? "1");
  return c.json(await db.post.findMany({ skip: (page - 1) * 20, take: 20 }));
});

export default app;
