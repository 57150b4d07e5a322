// The same shape without a credential check: the entry only refuses when the bucket binding is missing, which says
// nothing about the caller, then dispatches. The routes behind it are open.
import { Router } from "itty-router";
import artifacts from "./artifacts";

interface Env {
  BUCKET?: R2Bucket;
}

const entry = Router();

// expect: missing-auth
entry.all("/artifacts/*", artifacts.fetch);

// expect: missing-auth
entry.post("/purge", async (_request: Request, env: Env) => {
  const listed = await env.BUCKET!.list();
  await Promise.all(listed.objects.map((object) => env.BUCKET!.delete(object.key)));
  return new Response(null, { status: 204 });
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (!env.BUCKET) return new Response("storage is not configured", { status: 500 });
    return entry.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
