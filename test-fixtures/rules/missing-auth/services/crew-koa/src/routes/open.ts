import type Router from "@koa/router";

// Registers on the router it is handed; the server hands it the open router.
export function openRoutes(router: Router) {
  // expect: missing-auth
  router.post("/feedback/purge", async (ctx) => {
    await ctx.state.store.clear("feedback");
    ctx.status = 204;
  });
}

export function bounceRoutes(router: Router, audit: { record(entry: object): Promise<void> }) {
  // ok: missing-auth -- only turns the posted fields into a 303 to the same path; it changes nothing
  router.post("/return/:provider", async (ctx) => {
    const fields = new URLSearchParams(ctx.request.body as Record<string, string>);
    assertPresent(fields.get("state"), new Error("state is missing"));
    ctx.status = 303;
    ctx.set("Location", `${ctx.path}?${fields.toString()}`);
  });

  // A redirect after a write is no mere bounce.
  // expect: missing-auth
  router.post("/return/:provider/remember", async (ctx) => {
    await audit.record({ provider: ctx.params.provider });
    ctx.redirect("/");
  });
}

function assertPresent(value: unknown, error: Error): asserts value {
  if (value === null || value === undefined) throw error;
}
