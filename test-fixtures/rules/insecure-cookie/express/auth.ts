import { Router } from "express";
import { signSession } from "./tokens";

export const authRouter = Router();
const SESSION_COOKIE = "sid";

authRouter.post("/login", async (req, res) => {
  const token = await signSession(req.body.email);
  // expect: insecure-cookie
  res.cookie("session", token);
  // expect: insecure-cookie
  res.cookie("refresh_token", token, { maxAge: 30 * 24 * 3600 * 1000, path: "/auth/refresh" });
  // expect: insecure-cookie
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: false,
    sameSite: "strict",
  });
  // ok: insecure-cookie -- not a credential: the UI theme is meant to be read by scripts
  res.cookie("theme", "dark", { maxAge: 365 * 24 * 3600 * 1000 });
  // ok: insecure-cookie -- every flag set; secure follows the environment
  res.cookie("access_token", token, { httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "lax" });
  res.json({ ok: true });
});

authRouter.post("/logout", (_req, res) => {
  // ok: insecure-cookie -- clearing a cookie sets nothing
  res.clearCookie("session");
  res.status(204).end();
});
