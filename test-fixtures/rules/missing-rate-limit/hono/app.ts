import { Hono } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { auth } from "./auth";

const app = new Hono();
const limiter = rateLimiter({ windowMs: 15 * 60 * 1000, limit: 20, keyGenerator: (c) => c.req.header("cf-connecting-ip") ?? "" });

// expect: missing-rate-limit
app.post("/api/login", async (c) => c.json(await auth.login(await c.req.json())));

// ok: missing-rate-limit -- hono-rate-limiter in the chain
app.post("/api/register", limiter, async (c) => c.json(await auth.register(await c.req.json())));

export default app;
