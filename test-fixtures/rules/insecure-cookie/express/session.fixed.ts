import express from "express";
import session from "express-session";
import cookieSession from "cookie-session";

export const app = express();

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: "auto", sameSite: "lax" } }));

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { maxAge: 86_400_000, secure: "auto", sameSite: "lax" } }));

// ok: insecure-cookie -- express-session cookie hardened (httpOnly is its default)
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true, sameSite: "lax" } }));

// expect: insecure-cookie
app.use(cookieSession({ name: "session", keys: [process.env.COOKIE_KEY!], secure: process.env.NODE_ENV === "production", sameSite: "lax" }));

// ok: insecure-cookie -- cookie-session with secure and sameSite
app.use(cookieSession({ name: "session", keys: [process.env.COOKIE_KEY!], secure: true, sameSite: "strict" }));

// A comment closes the last option's line: the flags go on the lines after it, and the comma the option lacked goes
// before the comment, not inside it.
// expect: insecure-cookie
app.use(cookieSession({
  name: "session",
  keys: [process.env.COOKIE_KEY!],
  maxAge: 7 * 24 * 3600 * 1000, // one week
  secure: process.env.NODE_ENV === "production",
  sameSite: "lax",
}));

// expect: insecure-cookie
app.use(cookieSession({
  name: "session",
  keys: [process.env.COOKIE_KEY!],
  maxAge: 24 * 3600 * 1000, // one day
  secure: process.env.NODE_ENV === "production",
  sameSite: "lax",
}));
