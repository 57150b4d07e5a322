// A Hono edge API with one validated route.
import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";

export const edge = new Hono();

edge.post("/subscribe", zValidator("json", z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid("json");
  return c.json({ subscribed: email });
});
