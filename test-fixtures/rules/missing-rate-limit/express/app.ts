import express from "express";
import rateLimit from "express-rate-limit";
import { accountController } from "./controllers";
import { throttleByIp } from "../lib/throttle";

const app = express();
app.use(express.json());

// expect: missing-rate-limit
app.post("/api/accounts/:id/otp", accountController.sendOtp);

// ok: missing-rate-limit -- a project limiter found by what it does (counts per key, answers 429)
app.post("/api/magic-link", throttleByIp, accountController.sendMagicLink);

app.use("/api/session", rateLimit({ windowMs: 60_000, limit: 20 }));

// ok: missing-rate-limit -- app.use() limits everything under /api/session registered after it
app.post("/api/session/login", accountController.login);

export default app;
