const Router = require("koa-router");

const router = new Router({ prefix: "/session" });

// ok: missing-rate-limit -- the package's only app counts every request before the folder's routers
router.post("/login", async (ctx) => {
  ctx.body = { token: await signIn(ctx.request.body.email, ctx.request.body.password) };
});

async function signIn(email, password) {
  return `${email}:${password.length}`;
}

module.exports = router;
