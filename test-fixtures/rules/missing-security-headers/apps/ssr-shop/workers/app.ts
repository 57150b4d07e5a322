import { Hono } from "hono";
import { createRequestHandler } from "react-router";

// expect: missing-security-headers
const shop = new Hono();
shop.get("/api/ping", (c) => c.json({ ok: true }));
// Server-side rendering: every other path answers an HTML page rendered by React Router.
shop.get("*", (c) => {
  const render = createRequestHandler(() => import("virtual:react-router/server-build"), "production");
  return render(c.req.raw);
});

export default { fetch: shop.fetch };
