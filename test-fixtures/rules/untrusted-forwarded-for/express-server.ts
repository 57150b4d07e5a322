import express from "express";
import rateLimit from "express-rate-limit";
import pino from "pino";

const app = express();
const logger = pino();
const ADMIN_IPS = ["10.0.0.5", "10.0.0.6"];

// expect: untrusted-forwarded-for
app.set("trust proxy", true);

const loginLimiter = rateLimit({
  windowMs: 60_000,
  limit: 5,
  // expect: untrusted-forwarded-for
  keyGenerator: (req) => String(req.headers["x-forwarded-for"] ?? req.ip),
});

app.use((req, _res, next) => {
  // expect: untrusted-forwarded-for
  const clientIp = req.get("X-Forwarded-For")?.split(",")[0]?.trim();
  logger.info({ clientIp, path: req.path }, "request");
  next();
});

app.use("/admin", (req, res, next) => {
  // expect: untrusted-forwarded-for
  const ip = req.headers["x-real-ip"] as string;
  if (!ADMIN_IPS.includes(ip)) return res.status(403).end();
  next();
});

app.post("/login", loginLimiter, (req, res) => {
  // expect: untrusted-forwarded-for
  const { "x-forwarded-for": forwardedFor } = req.headers;
  logger.info({ forwardedFor }, "login attempt");
  res.json({ ok: true });
});

// ok: untrusted-forwarded-for -- passed on to the upstream unchanged, not used as an identity
app.get("/proxy/search", async (req, res) => {
  const upstream = await fetch("https://search.internal/q", {
    headers: { "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? ""), accept: "application/json" },
    signal: AbortSignal.timeout(5000),
  });
  res.status(upstream.status).send(await upstream.text());
});

// ok: untrusted-forwarded-for -- only checks whether the request came through a proxy
app.get("/debug/proxied", (req, res) => {
  if (req.headers["x-forwarded-for"]) return res.json({ proxied: true });
  res.json({ proxied: false });
});

// ok: untrusted-forwarded-for -- the rightmost entry is the one our own load balancer appended
app.get("/whoami", (req, res) => {
  const hops = String(req.headers["x-forwarded-for"] ?? "").split(",");
  res.json({ ip: hops.at(-1)?.trim() ?? req.socket.remoteAddress });
});

export default app;
