import { Hono } from "hono";
import { describeCatalog } from "./catalog";

type Bindings = { CATALOG: KVNamespace };

// ok: missing-security-headers -- it answers markdown for crawlers and JSON; both types are declared, neither is a page
const feed = new Hono<{ Bindings: Bindings }>();
feed.get("/llms.txt", async (c) => {
  const text = await describeCatalog(c.env.CATALOG);
  return new Response(text, { headers: { "Content-Type": "text/markdown; charset=utf-8", "Cache-Control": "max-age=300" } });
});
feed.get("/api/items", async (c) => c.json(await c.env.CATALOG.list()));

export default feed;
