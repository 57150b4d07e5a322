// The fixtures of this folder are one deployable: this module keeps its sign-ins in a session cookie, which the
// browser sends by itself, so the credentialed CORS policies elsewhere in the folder expose it.
import express from "express";
import session from "express-session";

export const sessionRouter = express.Router();
sessionRouter.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: "lax" } }));
sessionRouter.get("/me", (req, res) => {
  res.json({ signedIn: Boolean((req.session as { userId?: string }).userId) });
});
