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
