// Webhook signature tests sign their own sample events: the receiver verifies with whatever key it is configured with,
// so a signing secret made up here opens nothing.
import * as assert from "node:assert/strict";
import { createHmac } from "node:crypto";

describe("webhook signatures", () => {
  it("accepts an event signed with the endpoint's secret", () => {
    // ok: hardcoded-secret -- a signing secret minted by the test to sign its own sample event
    const endpoint = { url: "https://hooks.example.org/in", secret: "whsec_HSaWPP2ZBxBVoxXLRSsYMVA9EnZv7Wt6" };
    const signature = createHmac("sha256", endpoint.secret).update("{}").digest("hex");
    assert.equal(signature.length, 64);
  });

  it("calls the payments vendor", () => {
    // expect: hardcoded-secret
    const liveKey = "sk_live_CdPDKmmVMYsDKm5iUduE4fccxTa4";
    assert.ok(liveKey.length > 0);
  });
});
