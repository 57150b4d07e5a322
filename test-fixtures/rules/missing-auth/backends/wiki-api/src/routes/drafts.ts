import Router from "@koa/router";

export const drafts = new Router();

// The package's own guard is a factory with optional options: the fix applies it as its siblings do, called without
// arguments, rather than creating a parallel bearer-token login.
// expect: missing-auth
drafts.post("/drafts", async (ctx) => {
  ctx.status = 201;
});

// Arguments laid out one a line: the guard the fix adds gets a line of its own, indented as the handler is.
// expect: missing-auth
drafts.delete(
  "/drafts/:id",
  async (ctx) => {
    ctx.status = 204;
  },
);
