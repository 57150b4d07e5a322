import { Hono } from "hono";
import { journal } from "./journal";

export const OK_BODY = { status: "ok" };

/** Builds the app every entry serves, with the probes the load balancer calls. */
export function makeRoot() {
  const root = new Hono();
  // ok: missing-auth -- a probe that only answers a fixed body changes nothing
  root.post("/ok", (c) => c.json(OK_BODY));
  // ok: missing-auth -- a fixed 500 for testing alerting; it only answers
  root.post("/ko", (c) => {
    const failure = { error: "probe_failure", message: "KO" };
    return c.json(failure, 500);
  });
  // expect: missing-auth
  root.post("/echo", (c) => {
    const seen = { url: c.req.url };
    return c.json(seen);
  });
  // expect: missing-auth
  root.post("/touch", (c) => {
    journal.mark(c.req.url);
    return c.json(OK_BODY);
  });
  // expect: missing-auth
  root.get("/admin/version", (c) => c.json(OK_BODY));
  return root;
}

/** The not-found fallback, added last by each entry. */
export function addFallback(root: Hono) {
  // ok: missing-auth -- logs the URL and answers 404: a fallback that changes nothing
  root.all("*", (c) => {
    writelog({ message: "no route", url: c.req.url });
    return c.json({ error: "not_found" }, 404);
  });
}

function writelog(entry: Record<string, unknown>) {
  console.log(JSON.stringify(entry));
}
