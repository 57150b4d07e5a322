import express from "express";
import session from "express-session";
import cookieSession from "cookie-session";

export const app = express();

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { maxAge: 86_400_000 } }));

// ok: insecure-cookie -- express-session cookie hardened (httpOnly is its default)
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true, sameSite: "lax" } }));

// expect: insecure-cookie
app.use(cookieSession({ name: "session", keys: [process.env.COOKIE_KEY!] }));

// ok: insecure-cookie -- cookie-session with secure and sameSite
app.use(cookieSession({ name: "session", keys: [process.env.COOKIE_KEY!], secure: true, sameSite: "strict" }));
