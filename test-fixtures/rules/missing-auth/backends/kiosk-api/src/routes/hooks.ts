import { Hono } from "hono";
import { bridge } from "@kiosk-vendor/chat-bridge";
import { checkSignedRequest } from "@kiosk-vendor/sms-gateway";
import { bodyChecksum, partnerHmac } from "../lib/body-digests";
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

// ok: missing-auth -- the gateway package's synchronous check of the signature header answers a boolean, refused on the next line
hooks.post("/webhooks/sms", async (c) => {
  const delivery = await c.req.json();
  const genuine = checkSignedRequest(process.env.SMS_TOKEN ?? "", c.req.header("x-gateway-signature") ?? "", c.req.url, delivery);
  if (!genuine) return c.text("bad signature", 401);
  await store.save("sms", delivery);
  return c.text("ok");
});

// expect: missing-auth
hooks.post("/webhooks/sms-receipts", async (c) => {
  const receipt = await c.req.json();
  // The answer is logged, never refused: anyone may post a receipt.
  const genuine = checkSignedRequest(process.env.SMS_TOKEN ?? "", c.req.header("x-gateway-signature") ?? "", c.req.url, receipt);
  console.log("receipt signature", genuine);
  await store.save("sms-receipt", receipt);
  return c.text("ok");
});

// ok: missing-auth -- an HMAC of the raw body, keyed by the partner's stored key, must equal the signature header
hooks.post("/webhooks/partner", async (c) => {
  const payload = await c.req.text();
  const account = await store.save("partner-key", c.req.query("account"));
  const sent = c.req.header("x-partner-signature");
  const expected = partnerHmac({ payload, sharedKey: account });
  if (sent !== expected) return c.text("bad signature", 401);
  await store.save("partner", payload);
  return c.text("ok");
});

// expect: missing-auth
hooks.post("/webhooks/partner-mirror", async (c) => {
  const payload = await c.req.text();
  const sent = c.req.header("x-partner-signature");
  // A checksum of the body alone: the sender can compute it for any body it makes up.
  const expected = bodyChecksum(payload);
  if (sent !== expected) return c.text("bad signature", 401);
  await store.save("partner-mirror", payload);
  return c.text("ok");
});
