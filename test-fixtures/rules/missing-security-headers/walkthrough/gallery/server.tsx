import { Hono } from "hono";

// expect: missing-security-headers
const gallery = new Hono();
gallery.get("/", (c) => c.html(<ul><li>{c.req.query("title") ?? "untitled"}</li></ul>));

Deno.serve(gallery.fetch);
