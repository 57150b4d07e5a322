import { Hono } from "hono";

// The payment provider's events: the raw text goes, with the signature header, to the service that checks it.
declare const payments: { parseEvent(input: { payload: string; signature: string | undefined }): Promise<{ event: { id: string } }> };
declare const ledger: { record(id: string): Promise<void> };

function headerOf(input: { c: { req: { header(name: string): string | undefined } }; name: string }) {
  return input.c.req.header(input.name);
}

export const billing = new Hono();

// ok: missing-input-validation -- the body is checked against the provider's signature, read through a project helper
billing.post("/billing/events", async (c) => {
  const signature = headerOf({ c, name: "payments-signature" });
  const { event } = await payments.parseEvent({ payload: await c.req.text(), signature });
  await ledger.record(event.id);
  return c.json({ received: true });
});

billing.post("/billing/notes", async (c) => {
  // expect: missing-input-validation
  const note = JSON.parse(await c.req.text());
  await ledger.record(note.id);
  return c.json({ saved: true });
});
