// An internal tester endpoint checks its own shared secret when it is called. Deployments that never use the tester
// leave the secret unset, so the key the fix adds to the existing schema is optional: a required one would stop every
// such deployment at start-up, since the schema is parsed when env.ts loads.
import { env } from "./env";

export function isTesterCall(sentSecret: string | undefined): boolean {
  // expect: unvalidated-env
  return sentSecret === env.TESTER_HOOK_SECRET!;
}
