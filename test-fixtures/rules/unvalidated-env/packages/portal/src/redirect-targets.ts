// Reads assumed present that become where a user is sent, or the URL a request handler parses: a missing value shows
// up only on the request that gets there, as a redirect to the path "undefined" or an "Invalid URL" error.
import express from "express";

const app = express();
// A const followed to its use inside a handler.
// expect: unvalidated-env
const portalOrigin = process.env.PORTAL_ORIGIN!;

app.get("/sso/done", (_req, res) => {
  // expect: unvalidated-env
  res.redirect(process.env.PORTAL_HOME_URL!);
});

app.get("/sso/failed", (req, res) => {
  const target = new URL("/sign-in", portalOrigin);
  target.searchParams.set("reason", String(req.query.reason ?? "unknown"));
  res.redirect(target.toString());
});

app.get("/docs", (_req, res) => {
  // ok: unvalidated-env -- the left read falls back on a literal default
  res.redirect(process.env.DOCS_URL || "/help");
});

// ok: unvalidated-env -- parsed while the module loads: a missing value stops the app at start-up, as validation would
export const statusPage = new URL(process.env.STATUS_PAGE_URL!);

export { app };
