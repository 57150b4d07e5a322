import { Router } from "express";
import type { RequestHandler } from "express";
import { requireAuth } from "./auth";
import { authController } from "./controllers";
import { throttleByIp } from "../lib/throttle";

const strictMode = process.env.STRICT_MFA === "1";

const guardedChain: RequestHandler[] = [requireAuth, throttleByIp];
const extendedChain: RequestHandler[] = [...guardedChain, requireAuth];
const pickedChain: RequestHandler[] = strictMode ? [requireAuth, throttleByIp] : [throttleByIp];
const halfChain: RequestHandler[] = strictMode ? [requireAuth, throttleByIp] : [requireAuth];

export const mfaRouter = Router();

// ok: missing-rate-limit -- the array runs the project limiter
mfaRouter.post("/2fa/enable", guardedChain, authController.verifyTotp);
// ok: missing-rate-limit -- spreads the limited array
mfaRouter.post("/mfa/enable", extendedChain, authController.verifyTotp);
// ok: missing-rate-limit -- whichever array the flag picks runs the limiter
mfaRouter.post("/totp/enable", pickedChain, authController.verifyTotp);
// expect: missing-rate-limit
mfaRouter.post("/otp/enable", halfChain, authController.verifyTotp);
