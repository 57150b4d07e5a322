import { Hono } from "hono";

export const statusRouter = new Hono();

// expect: missing-auth
statusRouter.post("/ack", async (c) => c.json({ acknowledged: await c.req.json() }));
