// The declared range names no major (a pnpm catalog): the fix uses what zod 3 and 4 both offer without deprecation,
// `error.issues` and `.catchall(z.unknown())`.
import { Hono } from "hono";
import { db } from "../lib/db";
import { z } from "zod";

const app = new Hono();

const createReviewBody = z.object({ rating: z.number(), body: z.any() });

app.post("/reviews", async (c) => {
  const parsed = createReviewBody.safeParse(await c.req.json());
  if (!parsed.success) return c.json({ error: parsed.error.issues }, 400);
  // expect: missing-input-validation
  const review = parsed.data;
  if (review.rating > 5) return c.json({ error: "rating out of range" }, 400);
  return c.json(await db.review.create({ data: { rating: review.rating, body: review.body } }), 201);
});

export default app;
