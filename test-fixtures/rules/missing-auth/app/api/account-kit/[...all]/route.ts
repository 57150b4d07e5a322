import { toNextJsHandler } from "better-auth/next-js";
import { accounts } from "../../../../lib/account-server";
import { withTracking } from "../../../../lib/tracking";

const { POST: accountPost } = toNextJsHandler(accounts);

// ok: missing-auth -- the auth library's own endpoints (sign-in, sign-up), each checking what it needs
export const POST = withTracking(accountPost);
