// Token round-trip tests. Tests mint their own keys and wrong passwords; only a credential a vendor issued is reported
// here, and at warn.
import * as assert from "node:assert/strict";
import jwt from "jsonwebtoken";

describe("access tokens", () => {
  it("round-trips the subject", () => {
    // ok: hardcoded-secret -- a signing key made up for this test signs nothing outside it
    const token = jwt.sign({ sub: "user_1" }, "test-signing-secret");
    // ok: hardcoded-secret -- the same throwaway key
    const decoded = jwt.verify(token, "test-signing-secret") as { sub: string };
    assert.equal(decoded.sub, "user_1");
  });

  it("refuses a wrong password", () => {
    // ok: hardcoded-secret -- a deliberately wrong password is request data, not a credential
    const attempt = { email: "ada@example.org", password: "Wr0ngHorse-Battery9" };
    assert.ok(attempt.password.length > 8);
  });

  it("parses the key prefix", () => {
    // ok: hardcoded-secret -- typed by counting, not generated: no vendor issued it
    const typedKey = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    // ok: hardcoded-secret -- the tutorial sample token every JWT guide prints
    const sample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    // expect: hardcoded-secret
    const pastedToken = "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";
    // ok: hardcoded-secret -- GitHub's shape but not its CRC32 checksum: made up for the test, no vendor issued it
    const madeUpToken = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
    assert.ok(typedKey.startsWith("ghp_") && sample.length > 0 && pastedToken.length > madeUpToken.length - 1);
  });

  it("accepts fine-grained tokens", () => {
    // ok: hardcoded-secret -- random letters where GitHub writes the token's minted id: generated to pass a format check
    const generatedLookalike = "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";
    // expect: hardcoded-secret
    const copiedFromSettings = "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";
    assert.notEqual(generatedLookalike, copiedFromSettings);
  });
});
