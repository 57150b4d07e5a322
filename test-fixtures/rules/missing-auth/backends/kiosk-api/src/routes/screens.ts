import { Hono } from "hono";
import { store } from "../store";

// Screens show public content, refreshed by the scheduler.
export const screens = new Hono();

// expect: missing-auth
screens.post("/", async (c) => c.json({ id: await store.save("screen", await c.req.json()) }));

// The menu is public data, cached for a minute.
// expect: missing-auth
screens.put("/menu", async (c) => c.json({ id: await store.save("menu", await c.req.json()) }));
