import { Router } from "express";
import { requireAuth } from "./auth";
import { factorController } from "./controllers";

// Second-factor steps of an account that is already signed in: every route sits behind the router's session guard.
export const factorRouter = Router();
factorRouter.use(requireAuth);

// ok: missing-rate-limit -- turning a second factor on confirms a code made from the secret this session was just shown
factorRouter.post("/account/two-factor/confirm", factorController.confirm);

// ok: missing-rate-limit -- switching it off here asks for nothing: the handler never reads its request
factorRouter.put("/account/two-factor/off", async (_req, res) => {
  await factorController.switchOff();
  res.sendStatus(204);
});

// expect: missing-rate-limit
factorRouter.post("/account/two-factor/recovery", factorController.revealRecoveryCodes);

// A second factor checked while signing in: nobody is signed in yet, and the handler's 401 is its check of the code.
export const signInFactorRouter = Router();

// expect: missing-rate-limit
signInFactorRouter.post("/mfa/confirm", async (req, res) => {
  if (!(await factorController.matches(req.body.pendingId, req.body.code))) return res.sendStatus(401);
  res.json({ session: await factorController.finishSignIn(req.body.pendingId) });
});
