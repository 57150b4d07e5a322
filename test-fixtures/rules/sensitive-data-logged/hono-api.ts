import { Hono } from "hono";

const app = new Hono();

app.use("*", async (c, next) => {
  // expect: sensitive-data-logged
  console.debug("incoming", c.req.method, c.req.header("Authorization"));
  // ok: sensitive-data-logged -- the path is fine
  console.debug("incoming", c.req.method, c.req.path);
  await next();
});

app.post("/api-keys", async (c) => {
  const apiKey = crypto.randomUUID();
  // expect: sensitive-data-logged
  console.info(`created key ${apiKey} for ${c.req.header("x-user-id")}`);
  // ok: sensitive-data-logged -- a masked value
  console.info("created key", mask(apiKey));
  return c.json({ apiKey });
});

function mask(value: string) {
  return value.slice(0, 4) + "…";
}

export default app;
