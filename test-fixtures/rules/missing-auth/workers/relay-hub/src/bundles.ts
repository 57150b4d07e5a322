import { Hono } from "hono";
import { makeKeyGuard, makeTimer } from "./guards";
import { journal } from "./journal";

export const bundles = new Hono();
const writeGuard = makeKeyGuard({ writes: true });
const timed = makeTimer("bundles");

// ok: missing-auth -- `writeGuard` holds what the key-guard factory returns: a guard applied by name
bundles.put("/", writeGuard, async (c) => {
  journal.mark(await c.req.text());
  return c.body(null, 204);
});

// expect: missing-auth
bundles.post("/", timed, async (c) => {
  journal.mark(await c.req.text());
  return c.body(null, 201);
});
