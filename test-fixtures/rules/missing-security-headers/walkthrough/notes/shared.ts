import { Hono } from "hono";

// expect: missing-security-headers
const shared = new Hono();
shared.get("/version", (c) => c.text("1.0.0"));

export default shared;
