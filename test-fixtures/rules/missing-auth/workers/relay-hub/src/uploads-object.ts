import { DurableObject } from "cloudflare:workers";
import { Hono } from "hono";

/** One upload session: the Worker forwards to it through its binding, after its own key check. */
export class UploadSession extends DurableObject {
  private router = new Hono();
  private parts: ArrayBuffer[] = [];

  constructor(state: DurableObjectState, env: unknown) {
    super(state, env);
    // ok: missing-auth -- routes of a Durable Object are reached only through its binding, never from the network
    this.router.post("/parts", async (c) => {
      this.parts.push(await c.req.arrayBuffer());
      return c.body(null, 201);
    });
  }

  fetch(request: Request) {
    return this.router.fetch(request);
  }
}

/** A plain class holding a router: whoever mounts it serves these routes. */
export class UploadDesk {
  router = new Hono();
  private parts: ArrayBuffer[] = [];

  constructor() {
    // expect: missing-auth
    this.router.post("/parts", async (c) => {
      this.parts.push(await c.req.arrayBuffer());
      return c.body(null, 201);
    });
  }
}
