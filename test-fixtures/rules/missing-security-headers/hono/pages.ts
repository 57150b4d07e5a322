import type { Context } from "hono";

// This package also answers pages, which is what makes headers matter for its servers.
export function aboutPage(c: Context) {
  return c.html("<p>About this service</p>");
}
