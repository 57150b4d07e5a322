// The artifact routes: mounted by the entry's router under /artifacts, behind the entry's token check.
import { Router } from "itty-router";

interface Env {
  BUCKET: R2Bucket;
}

const artifactsRouter = Router({ base: "/artifacts" });

// ok: missing-auth -- the Worker entry refuses callers without the token before it dispatches here
artifactsRouter.put("/:name", async (request: Request & { params: { name: string } }, env: Env) => {
  await env.BUCKET.put(request.params.name, request.body);
  return new Response(null, { status: 201 });
});

// ok: missing-auth -- the Worker entry refuses callers without the token before it dispatches here
artifactsRouter.delete("/:name", async (request: Request & { params: { name: string } }, env: Env) => {
  await env.BUCKET.delete(request.params.name);
  return new Response(null, { status: 204 });
});

export default artifactsRouter;
