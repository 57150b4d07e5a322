// A unit test of a newsletter sender: its HTTP function is a mock, and the test checks which key header the sender
// puts on the request it hands to that mock.
import { expect, it, vi } from "vitest";

function makeSender(apiKey: string, post: (url: string, init: { headers: Record<string, string> }) => void) {
  return (issue: string) => post(`/campaigns/${issue}`, { headers: { "api-key": apiKey } });
}

it("signs each campaign request with the configured key", () => {
  const post = vi.fn();
  // ok: hardcoded-secret -- the test only asserts this value reaches the mocked `post`; it never goes to the vendor
  const send = makeSender("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", post);
  send("spring");
  expect(post).toHaveBeenCalledWith("/campaigns/spring", {
    // ok: hardcoded-secret -- the expected argument of the mock call
    headers: { "api-key": "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" },
  });
});

it("talks to the vendor's sandbox", () => {
  // expect: hardcoded-secret
  const sandboxKey = "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";
  expect(sandboxKey).toMatch(/^xkeysib-/);
});
