import { Router } from "express";
import { signSession } from "./tokens";

export const wikiRouter = Router();

wikiRouter.get("/docs/*", async (req, res) => {
  if (!req.user) {
    // ok: insecure-cookie -- the cookie remembers which page to open after sign-in, not who the visitor is
    res.cookie("loginReturnTo", req.path, { maxAge: 10 * 60 * 1000 });
    return res.redirect("/login");
  }
  res.render("doc");
});

wikiRouter.get("/connect/done", (_req, res) => {
  // ok: insecure-cookie -- a status word every visitor gets, left for the page's script to read; it identifies no one
  res.cookie("connect_auth_status", "success", { httpOnly: false, maxAge: 60 * 1000 });
  res.redirect("/integrations");
});

wikiRouter.post("/login", async (req, res) => {
  // expect: insecure-cookie
  res.cookie("login_token", await signSession(req.body.email), { maxAge: 10 * 60 * 1000 });
  res.redirect(String(req.query.next ?? "/"));
});

wikiRouter.get("/sso/start", (req, res) => {
  const returnTo = req.query.redirect_uri || req.query.next;
  // ok: insecure-cookie -- the caller's own OAuth state, echoed from the URL it asked for, kept for the callback step
  res.cookie("auth_state", req.query.state, { maxAge: 2 * 60 * 1000, httpOnly: true });
  // ok: insecure-cookie -- a place to return to, from the same URL
  res.cookie("auth_return", returnTo, { maxAge: 2 * 60 * 1000, httpOnly: true });
  // A value the caller posted is not in any URL: it is judged by its name as before.
  // expect: insecure-cookie
  res.cookie("auth_hint", req.body.hint, { maxAge: 2 * 60 * 1000, httpOnly: true });
  res.redirect("/sso/provider");
});
