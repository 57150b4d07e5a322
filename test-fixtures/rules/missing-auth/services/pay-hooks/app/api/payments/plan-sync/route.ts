import { planSync } from "../../../../modules/billing/route";

// The helper is handed the signature header and never checks it.
// expect: missing-auth
export { planSync as POST };
