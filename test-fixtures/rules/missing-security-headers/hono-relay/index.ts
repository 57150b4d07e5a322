import { Hono } from "hono";

type Bindings = { ASSETS_ORIGIN: string };

// A gateway that renders its own landing page and passes everything under /files through from the origin. The
// passed-through responses keep the headers fetch() gave them, which nothing may change afterwards, so a middleware
// that writes headers after next() must not be slipped in front of them unreviewed.
// expect: missing-security-headers
const gateway = new Hono<{ Bindings: Bindings }>();
gateway.get("/", (c) => c.html("<h1>Files</h1>"));
gateway.get("/files/*", async (c) => {
  const upstream = await fetch(`${c.env.ASSETS_ORIGIN}${new URL(c.req.url).pathname}`);
  return upstream;
});

export default gateway;
