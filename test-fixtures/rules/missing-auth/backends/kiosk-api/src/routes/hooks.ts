import { Hono } from "hono";
import { bridge } from "@kiosk-vendor/chat-bridge";
import { store } from "../store";

export const hooks = new Hono();

// ok: missing-auth -- the whole request, headers and raw bytes, goes to the chat package's adapter, which answers it
hooks.post("/webhooks/chat", async (c) => {
  await bridge.ready();
  return bridge.webhooks.messenger(c.req.raw);
});

// expect: missing-auth
hooks.post("/webhooks/relay", async (c) => {
  const event = await c.req.json();
  await store.save("relay", event);
  return bridge.webhooks.forward(event);
});
