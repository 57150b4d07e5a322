// ok: missing-auth -- the shared handler passes the signature to a helper that verifies it with constructEvent and stops on a mismatch
import { POST } from "../../../../modules/billing/route";

export { POST };
