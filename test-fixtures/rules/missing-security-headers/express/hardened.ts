import express from "express";
import helmet from "helmet";

// ok: missing-security-headers -- helmet is registered
const app = express();
app.use(helmet());
app.get("/status", (_req, res) => res.json({ ok: true }));

export default app;
