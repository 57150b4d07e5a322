import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono();

// ok: permissive-cors -- `*` without credentials
app.use("/api/*", cors());

// expect: permissive-cors
app.use("/auth/*", cors({ origin: (origin) => origin, credentials: true }));

// ok: permissive-cors -- explicit origins
app.use("/public/*", cors({ origin: ["https://shop.example.com"], allowMethods: ["GET"] }));

app.post("/api/orders", async (c) => c.json({ ok: true }, 201));

export default app;
