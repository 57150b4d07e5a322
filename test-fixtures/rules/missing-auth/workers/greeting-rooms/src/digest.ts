// The same shape, but each request spends the operator's API key on a paid job.
interface Env {
  DIGEST_API_KEY: string;
}

declare function startDigest(options: { apiKey: string; path: string }): Promise<string>;

export default {
  // expect: missing-auth
  async fetch(request: Request, env: Env): Promise<Response> {
    return new Response(await startDigest({ apiKey: env.DIGEST_API_KEY, path: new URL(request.url).pathname }));
  },
};
