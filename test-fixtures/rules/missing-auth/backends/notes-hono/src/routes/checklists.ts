import { Hono } from "hono";
import { Consumer } from "@hono/stytch-auth";
import { store } from "../store";

const checklists = new Hono();

// ok: missing-auth -- the session middleware the vendor's package exports checks the session cookie remotely
checklists.post("/", Consumer.authenticateSessionRemote(), async (c) => c.json({ id: await store.save("list", await c.req.text()) }, 201));

// ok: missing-auth -- the same package's local JWT check
checklists.delete("/:id", Consumer.authenticateSessionLocal(), async (c) => c.json({ gone: await store.save("drop", c.req.param("id")) }));

declare const Audit: { describeSession(): (c: unknown, next: () => Promise<void>) => Promise<void> };

// expect: missing-auth
checklists.put("/:id", Audit.describeSession(), async (c) => c.json({ id: await store.save("list", await c.req.text()) }));

export default checklists;
