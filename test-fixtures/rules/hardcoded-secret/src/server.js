// Express app for the customer portal (plain JavaScript).
const express = require("express");
const session = require("express-session");
const cookieParser = require("cookie-parser");

const app = express();

app.use(
  session({
    // expect: hardcoded-secret
    secret: "keyboard cat",
    resave: false,
    saveUninitialized: false,
  }),
);
// expect: hardcoded-secret
app.use(cookieParser("portal-cookie-signing"));

// ok: hardcoded-secret -- cookie names and header names are not secrets
const sessionCookieName = "__Host-portal-session";
const csrfHeader = "x-csrf-token";

app.get("/health", (req, res) => res.json({ ok: true, cookie: sessionCookieName, csrfHeader }));

module.exports = app;
