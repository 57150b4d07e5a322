import { DELETE, POST } from "../../../modules/votes/handlers";

// ok: missing-auth -- re-exported from a shared module that wraps it in the authenticating wrapper
export { POST };
// expect: missing-auth
export { DELETE };
