import type Router from "@koa/router";

const linked = new Map<string, string>();

export function providerRoutes(router: Router, provider: { id: string }) {
  // ok: missing-auth -- the path is built at run time, so it cannot be told apart from a sign-in step or a public allow-list entry
  router.post(`/${provider.id}/link`, async (ctx) => {
    linked.set(provider.id, String(ctx.query.account));
    ctx.status = 204;
  });
}
