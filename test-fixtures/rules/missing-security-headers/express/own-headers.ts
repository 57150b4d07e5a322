import express from "express";
import { securityHeaders } from "./security-headers";

// ok: missing-security-headers -- the project's own middleware sets the headers
export const app = express();
app.use(securityHeaders());
app.get("/", (_req, res) => res.send("home"));

// ok: missing-security-headers -- an inline middleware sets nosniff and a CSP
const docs = express();
docs.use((_req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "default-src 'self'");
  next();
});
docs.listen(4001);
