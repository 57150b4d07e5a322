// Closing an account: the session cookie is overwritten with a placeholder that expires as it is written, which is
// how a handler deletes a cookie without `clearCookie`.
import { Router } from "express";

export const accountRouter = Router();

accountRouter.delete("/account", (_req, res) => {
  // ok: insecure-cookie -- a negative max age expires the cookie at once: the browser deletes it
  res.cookie("session_token", "gone", { maxAge: -1 });
  // ok: insecure-cookie -- an expiry at the epoch is in the past: also a deletion
  res.cookie("refresh_token", "gone", { expires: new Date(0) });
  res.status(204).end();
});

accountRouter.post("/account/switch", (req, res) => {
  // expect: insecure-cookie
  res.cookie("session_token", String(req.body.token), { maxAge: 60_000, httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "lax" });
  res.status(204).end();
});
