import Router from "koa-router";
import { generateAuthenticationOptions, generateRegistrationOptions } from "@simplewebauthn/server";

const router = new Router();
const challenges = new Map<string, string>();

// Signing in with a passkey starts before there is a session: the caller asks for a challenge to sign.
// ok: missing-auth -- the WebAuthn sign-in (assertion) ceremony is public by design
router.post("passkeys.signInOptions", async (ctx) => {
  const options = await generateAuthenticationOptions({ rpID: ctx.hostname, userVerification: "preferred" });
  challenges.set(options.challenge, "sign-in");
  ctx.body = options;
});

// Registering a new key attaches it to an account, which needs the account's session.
// expect: missing-auth
router.post("passkeys.registerOptions", async (ctx) => {
  const { accountId } = ctx.request.body as { accountId: string };
  const options = await generateRegistrationOptions({ rpName: "Wiki", rpID: ctx.hostname, userName: accountId });
  challenges.set(options.challenge, accountId);
  ctx.body = options;
});

export default router;
