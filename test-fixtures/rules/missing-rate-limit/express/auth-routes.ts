import { Router } from "express";
import rateLimit from "express-rate-limit";
import { requireAuth } from "./auth";
import { authController } from "./controllers";
import { users } from "./users";

export const authRouter = Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: "draft-7" });

// expect: missing-rate-limit
authRouter.post("/login", async (req, res) => {
  const user = await users.checkPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: "Invalid credentials" });
  res.json({ token: await users.issueToken(user) });
});

// expect: missing-rate-limit
authRouter.post("/register", authController.register);

// expect: missing-rate-limit
authRouter.post("/forgot-password", authController.forgotPassword);

// expect: missing-rate-limit
authRouter.post("/password/reset", authController.applyReset);

// expect: missing-rate-limit
authRouter.post("/2fa/verify", authController.verifyTotp);

// ok: missing-rate-limit -- an OAuth token exchange redeems a code or refresh token the server issued at random, single use
authRouter.post("/oauth/token", authController.exchangeCode);

// ok: missing-rate-limit -- the limiter runs before the handler
authRouter.post("/sign-in", loginLimiter, authController.signIn);

// ok: missing-rate-limit -- an inline express-rate-limit instance
authRouter.post("/signup", rateLimit({ windowMs: 60_000, limit: 5 }), authController.register);

// ok: missing-rate-limit -- GET renders the form; only submissions are guesses
authRouter.get("/login", (_req, res) => res.render("login"));

// ok: missing-rate-limit -- logging out is not a credential check
authRouter.post("/logout", authController.logout);

// ok: missing-rate-limit -- behind a session guard, a handler named signup creates the signed-in user's organisation
authRouter.post("/organizations", requireAuth, authController.signup);

// expect: missing-rate-limit
authRouter.post("/factors/check", requireAuth, authController.mfa);

// ok: missing-rate-limit -- the OAuth return leg: the provider issued the code and checks it
authRouter.post("/login/:provider/callback", authController.finishOAuth);

// expect: missing-rate-limit
authRouter.post("/login/:provider", authController.startOAuth);

// ok: missing-rate-limit -- registering a device for someone already signed in is no sign-up
authRouter.post("/devices/:deviceId/register", requireAuth, authController.addDevice);

// expect: missing-rate-limit
authRouter.post("/devices/register", authController.addDevice);
