// A Hono app deployed to Cloudflare Workers (wrangler.toml beside its package.json): the environment is a binding,
// so a module that parses process.env at start-up would read nothing. The read is reported, with no fix.
import { Hono } from "hono";

const app = new Hono();

app.get("/status", (c) => {
  // expect: unvalidated-env
  const statusPage = `https://status.example.org/${process.env.DEPLOY_REGION!}`;
  return c.json({ statusPage });
});

export default app;
