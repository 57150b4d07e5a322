import { Hono } from "hono";

export const threadsRouter = new Hono();

// ok: missing-auth -- mounted after the parent router spreads the signed-in chain into use()
threadsRouter.post("/", async (c) => c.json({ created: await c.req.json() }, 201));
