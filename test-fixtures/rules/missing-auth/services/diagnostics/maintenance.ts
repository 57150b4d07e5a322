import Router from "@koa/router";

const maintenance = new Router();

// expect: missing-auth
maintenance.post("/maintenance/flush", async (ctx) => {
  await flushEverything();
  ctx.status = 204;
});

async function flushEverything(): Promise<void> {}

export default maintenance;
