// Cloudflare Worker that proxies search requests to the catalogue API.
// expect: hardcoded-secret
const fallbackApiKey = "uMm8PVQKj4hcPobhrHhU0NqWK6ye7ZtmFrLB";

export default {
  async fetch(request: Request, env: { CATALOGUE_URL: string }): Promise<Response> {
    const url = new URL(request.url);
    return fetch(`${env.CATALOGUE_URL}/search${url.search}`, {
      headers: {
        // expect: hardcoded-secret
        "x-api-key": "802As3hSdypcGCnA0wyalabNgknRhfud",
        "x-fallback-key": fallbackApiKey,
      },
      signal: AbortSignal.timeout(5_000),
    });
  },
};
