// Tokens of providers whose format the catalogue knows (synthetic values in each provider's documented shape).

// expect: hardcoded-secret
export const gitlabToken = "glpat-Vq8Lm2Wk9RtPx4YvNe7a";
// expect: hardcoded-secret
export const modelHubToken = "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";
// expect: hardcoded-secret
export const pipelineNotice = "Bearer dop_v1_4f9e2a7c1b8d3e6f0a5c9b2e7d4f1a8c3b6e9d2f5a0c7b4e1d8f3a6c9b2e5d7f";

// ok: hardcoded-secret -- the documented shape filled with a placeholder
export const gitlabExample = "glpat-xxxxxxxxxxxxxxxxxxxx";
// ok: hardcoded-secret -- a provider's test key is documented to open nothing
export const shippingTestKey = "shippo_test_b2d8e4a6c0f3b7d1e5a9c2f6b0d4e8a3c7f1b5d9";
// ok: hardcoded-secret -- a 32-character hex id under a name that names no provider
export const traceId = "9c3b7e1d5a8f2c6e0b4d9a7f3e1c5b8d";

// expect: hardcoded-secret
export const datadogApiKey = "4f9e2a7c1b8d3e6f0a5c9b2e7d4f1a8c";
