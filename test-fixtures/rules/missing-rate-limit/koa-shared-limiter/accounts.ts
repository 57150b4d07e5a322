import Router from "@koa/router";

const accounts = new Router({ prefix: "/accounts" });
const resets = new Map<string, string>();

// ok: missing-rate-limit -- the app mounts this router after its default-exported koa-ratelimit limiter (server.ts)
accounts.post("/password-reset", async (ctx) => {
  const { code, password } = ctx.request.body as { code: string; password: string };
  ctx.status = resets.get(code) ? 204 : 400;
  resets.set(code, password);
});

export default accounts;
