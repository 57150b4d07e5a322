// A Worker in JavaScript: its fetch handler's untyped `env` carries every binding, so the secret moves to `env`.
export default {
  async fetch(request, env) {
    return fetch("https://api.search.example/v2/query", {
      method: "POST",
      // expect: hardcoded-secret
      headers: { "x-api-key": env.API_KEY || (() => { throw new Error("API_KEY is not set"); })() },
      body: await request.text(),
      signal: AbortSignal.timeout(5_000),
    });
  },
};
