import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { openUpload } from "./uploads";

// expect: missing-security-headers
const uploads = new Hono();
uploads.get("/u/:key", async (c) => {
  // A stored upload under the type it was uploaded with, and no nosniff: an uploaded page renders on this origin.
  const upload = await openUpload(c.req.param("key"));
  return new Response(upload.body, { headers: { "Content-Type": upload.contentType } });
});
serve({ fetch: uploads.fetch, port: 8092 });
