import { Hono } from "hono";

export const catalogPath = "/catalog";

export function createCatalogRoutes() {
  // ok: missing-security-headers -- the main app mounts it in place under a path kept in a const: `app.route(catalogPath, createCatalogRoutes())`
  const catalog = new Hono();
  catalog.get("/", (c) => c.html("<ul><li>maps</li></ul>"));
  return catalog;
}
