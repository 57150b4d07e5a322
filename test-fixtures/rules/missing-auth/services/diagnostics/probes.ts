import Router from "@koa/router";

const probes = new Router();

// ok: missing-auth -- this router is mounted only when the environment is the test one (see app.ts), so production never serves it
probes.post("/probe/crash", (ctx) => ctx.throw(500, "probe"));

export default probes;
