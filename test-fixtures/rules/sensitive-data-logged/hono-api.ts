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

type Completion = { text: string; totalTokens: number; promptTokens: number; accessToken?: string };
declare function complete(prompt: string): Promise<Completion>;

app.post("/summaries", async (c) => {
  const result = await complete(`Summarise: ${await c.req.text()}`);
  // ok: sensitive-data-logged -- token counts are language-model usage numbers, not credentials
  console.info(`summary used ${result.totalTokens} tokens (${result.promptTokens} in the prompt)`);
  // expect: sensitive-data-logged
  console.info(`model session ${result.accessToken}`);
  return c.json({ summary: result.text });
});

function mask(value: string) {
  return value.slice(0, 4) + "…";
}

export default app;
