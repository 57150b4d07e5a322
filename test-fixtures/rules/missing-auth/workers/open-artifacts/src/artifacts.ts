// Mounted under /artifacts by an entry that checks no credential.
import { Router } from "itty-router";

interface Env {
  BUCKET: R2Bucket;
}

const artifactsRouter = Router({ base: "/artifacts" });

// expect: missing-auth
artifactsRouter.delete("/:name", async (request: Request & { params: { name: string } }, env: Env) => {
  await env.BUCKET.delete(request.params.name);
  return new Response(null, { status: 204 });
});

export default artifactsRouter;
