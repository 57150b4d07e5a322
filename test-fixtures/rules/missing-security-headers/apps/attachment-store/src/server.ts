import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { openStoredFile } from "./storage";

// ok: missing-security-headers -- the one non-JSON answer sets nosniff and a sandboxing CSP on itself
const attachments = new Hono();
attachments.get("/files/:id", async (c) => {
  const file = await openStoredFile(c.req.param("id"));
  return new Response(file.stream, {
    headers: { "Content-Type": file.type, "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox" },
  });
});
attachments.get("/files/:id/meta", async (c) => c.json(await openStoredFile(c.req.param("id"))));
serve({ fetch: attachments.fetch, port: 8091 });
