// A Worker that checks the caller's bearer token once, in its entry, and answers 401 before it hands the request to
// its router: every route behind that hand-off, here and in the router it mounts, is served only to token holders.
import { Router } from "itty-router";
import artifacts from "./artifacts";

interface Env {
  BUCKET: R2Bucket;
  UPLOAD_TOKEN: string;
}

const entry = Router();

// ok: missing-auth -- reached only after the entry's token check
entry.all("/artifacts/*", artifacts.fetch);

// ok: missing-auth -- reached only after the entry's token check
entry.post("/purge", async (_request: Request, env: Env) => {
  const listed = await env.BUCKET.list();
  await Promise.all(listed.objects.map((object) => env.BUCKET.delete(object.key)));
  return new Response(null, { status: 204 });
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const presented = request.headers.get("Authorization");
    if (presented !== `Bearer ${env.UPLOAD_TOKEN}`) {
      return new Response("unauthorized", { status: 401 });
    }
    const answer = await entry.fetch(request, env, ctx);
    return answer;
  },
} satisfies ExportedHandler<Env>;
