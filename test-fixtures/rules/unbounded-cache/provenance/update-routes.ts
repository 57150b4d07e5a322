import { Hono } from "hono";
import { describeUpdate } from "./update-check";

const app = new Hono();

app.post("/updates", async (c) => {
  const body = await c.req.json<{ version: string }>();
  return c.json(describeUpdate(body.version, "https://cdn.example.com/bundle.zip"));
});

export default app;
