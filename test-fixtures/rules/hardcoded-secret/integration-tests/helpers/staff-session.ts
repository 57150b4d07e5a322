// A helper of the integration-test suite: its folder makes it test code, though only test files import it. It signs
// tokens for the test server with the key the test environment configures; a vendor-issued key is still reported.
import jwt from "jsonwebtoken";

export const staffHeaders: { headers: Record<string, string> } = { headers: {} };

export function signInAsStaff(staffId: string) {
  // ok: hardcoded-secret -- the test server's signing key, made up for the suite
  const token = jwt.sign({ actor_id: staffId, actor_type: "staff" }, "suite-signing-key-7f3a9c", { expiresIn: "1d" });
  staffHeaders.headers.authorization = `Bearer ${token}`;
}

// expect: hardcoded-secret
export const mailSandboxKey = "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";
