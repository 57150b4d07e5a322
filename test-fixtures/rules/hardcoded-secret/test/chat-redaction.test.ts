// Redaction tests for a chat integration. Values shaped like a vendor's token but spelled out of words are written by
// a person to exercise the code, never issued by the vendor; a random body in the same shape is a pasted real token.
import * as assert from "node:assert/strict";

function redact(text: string, secret: string): string {
  return text.split(secret).join("[redacted]");
}

describe("bot token redaction", () => {
  it("scrubs the stored token from errors", () => {
    // ok: hardcoded-secret -- a vendor prefix followed by plain words and a counter: made up for the test
    const storedToken = "xoxb-rotation-check-token-7";
    // ok: hardcoded-secret -- capitalised words and a year are still words
    const signingValue = "xoxp-Signing-Secret-value-2024";
    assert.equal(redact(`failed with ${storedToken}`, storedToken), "failed with [redacted]");
    assert.ok(signingValue.startsWith("xoxp-"));
  });

  it("scrubs a pasted token", () => {
    // expect: hardcoded-secret
    const pastedToken = "xoxb-18096792908-1003390757938-C3J27XDCG2LmlZGEONYlgCtj";
    assert.ok(!redact(pastedToken, pastedToken).includes("xoxb"));
  });
});
