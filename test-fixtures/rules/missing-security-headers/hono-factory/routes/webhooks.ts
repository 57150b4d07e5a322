import { Hono } from "hono";

export function createWebhooksRoute(secret: string) {
  // ok: missing-security-headers -- the factory's app is mounted into the main app through the const below
  const webhooks = new Hono();
  webhooks.post("/", async (c) => c.json({ received: secret.length > 0 }));
  return webhooks;
}

export const webhooksRoute = createWebhooksRoute(process.env.WEBHOOK_SECRET ?? "");
