// A Worker in JavaScript: its fetch handler's untyped `env` carries every binding, so the secret moves to `env`.
export default {
  async fetch(request, env) {
    return fetch("https://api.search.example/v2/query", {
      method: "POST",
      // expect: hardcoded-secret
      headers: { "x-api-key": "sk_live_9pQx2ZkTn4WvB7mR1sLd8YcH3fJ6gUaE" },
      body: await request.text(),
      signal: AbortSignal.timeout(5_000),
    });
  },
};
