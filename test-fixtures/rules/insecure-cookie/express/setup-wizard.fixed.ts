// A first-run setup wizard served by its own Express app over plain HTTP (no proxy, no `trust proxy`), keeping its
// CSRF token in the session. With `secure` on, express-session sets no cookie on a request it does not see as HTTPS,
// so the token never survives to the form's POST: "auto" marks the cookie Secure exactly when the request is HTTPS.
import express from "express";
import session from "express-session";

export const wizard = express();

// expect: insecure-cookie
wizard.use(session({ secret: process.env.WIZARD_SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: "auto", sameSite: "lax" } }));

wizard.get("/", (req, res) => {
  res.send("setup form");
});
