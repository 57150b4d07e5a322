// Session options patched after they are written: a flag switched on by a later assignment is decided at run time.
import express from "express";
import session from "express-session";

const publicUrl = new URL(process.env.PUBLIC_URL ?? "http://localhost:8080");

export const dashboard = express();
const dashboardSession = {
  secret: process.env.SESSION_SECRET ?? "",
  resave: false,
  saveUninitialized: false,
  cookie: { secure: false, sameSite: "lax" as const },
};
// A plain-http self-hosted install needs the cookie without Secure; behind https the flag is switched on.
if (publicUrl.protocol === "https:") {
  dashboardSession.cookie.secure = true;
}
// ok: insecure-cookie -- `secure` is switched on above whenever the public URL is https
dashboard.use(session(dashboardSession));

export const adminConsole = express();
const consoleSession = {
  secret: process.env.SESSION_SECRET ?? "",
  resave: false,
  saveUninitialized: false,
  cookie: { secure: false, sameSite: "lax" as const, domain: "" },
};
// Only the domain follows the public URL here; nothing ever turns `secure` on.
consoleSession.cookie.domain = publicUrl.hostname;
// expect: insecure-cookie
adminConsole.use(session(consoleSession));
