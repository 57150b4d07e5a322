const express = require("express");
const crypto = require("node:crypto");

async function issueMemberToken(email) {
  return `${Buffer.from(email).toString("base64url")}.${crypto.randomBytes(24).toString("base64url")}`;
}

const router = express.Router();

router.post("/members/login", async (req, res) => {
  const token = await issueMemberToken(req.body.email);
  // The page script reads this cookie (client/signed-in-badge.js): Secure and SameSite are applied, HttpOnly only offered.
  // expect: insecure-cookie
  res.cookie("member_token", token, { maxAge: 7 * 24 * 3600 * 1000 });
  // No browser code reads this one: every missing flag is applied.
  // expect: insecure-cookie
  res.cookie("member_refresh_token", token, { maxAge: 30 * 24 * 3600 * 1000 });
  res.json({ ok: true });
});

router.get("/members/logout", (req, res) => {
  // A one-time return ticket the page reads back through document.cookie: HttpOnly only offered, and nothing else is missing.
  // expect: insecure-cookie
  res.cookie("login_return", crypto.randomBytes(16).toString("hex"), { secure: process.env.NODE_ENV === "production", sameSite: "lax" });
  res.redirect("/");
});

router.get("/members/area", (req, res) => {
  // The sign-in form, a Vue component (client/ResumeAfterSignIn.vue), reads this cookie to go where the member asked
  // to: Secure and SameSite are applied, HttpOnly only offered.
  // expect: insecure-cookie
  res.cookie("login_resume", String(req.query.next ?? "/"), { maxAge: 10 * 60 * 1000 });
  res.redirect("/members/login");
});

router.post("/members/preferences", (req, res) => {
  // Read by the page through the project's js-cookie jar (client/cookie-jar.js, used in client/preferences.js):
  // Secure and SameSite are applied, HttpOnly only offered.
  // expect: insecure-cookie
  res.cookie("member_sso_token", String(req.body.theme), { maxAge: 365 * 24 * 3600 * 1000 });
  // Read by the page's own document.cookie parser, handed the name (client/preferences.js): HttpOnly only offered.
  // expect: insecure-cookie
  res.cookie("member_remember_token", String(req.body.locale), { maxAge: 365 * 24 * 3600 * 1000 });
  // The page reads a setting of this name from localStorage, not from the cookie jar: every missing flag is applied.
  // expect: insecure-cookie
  res.cookie("member_device_token", String(req.body.plan), { maxAge: 365 * 24 * 3600 * 1000 });
  res.json({ ok: true });
});

module.exports = router;
