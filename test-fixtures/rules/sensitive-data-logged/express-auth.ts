import express from "express";
import { logger } from "./lib/logger";

const app = express();
app.use(express.json());

app.post("/auth/login", async (req, res) => {
  // expect: sensitive-data-logged
  console.log("login attempt", req.body);
  const { email, password } = req.body;
  // ok: sensitive-data-logged -- only the email
  logger.info({ email }, "login attempt");
  // expect: sensitive-data-logged
  logger.debug({ email, password }, "checking credentials");
  // ok: sensitive-data-logged -- a length is not the value
  logger.debug({ passwordLength: String(password).length });
  res.json({ ok: true });
});

app.post("/comments", (req, res) => {
  // ok: sensitive-data-logged -- a comment body is not an auth body
  console.log("new comment", req.body);
  // expect: sensitive-data-logged
  console.log("request headers", req.headers);
  // ok: sensitive-data-logged -- a harmless header
  console.log("agent", req.headers["user-agent"]);
  res.sendStatus(201);
});

app.use((req, _res, next) => {
  // expect: sensitive-data-logged
  logger.info(`auth header ${req.get("authorization")}`);
  next();
});

export default app;
