// Token round-trip tests; secrets in test files are reported at warn.
import * as assert from "node:assert/strict";
import jwt from "jsonwebtoken";

describe("access tokens", () => {
  it("round-trips the subject", () => {
    // expect: hardcoded-secret
    const token = jwt.sign({ sub: "user_1" }, "test-signing-secret");
    // expect: hardcoded-secret
    const decoded = jwt.verify(token, "test-signing-secret") as { sub: string };
    assert.equal(decoded.sub, "user_1");
  });
});
