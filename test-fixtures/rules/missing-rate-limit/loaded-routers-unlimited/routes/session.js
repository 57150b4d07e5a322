const Router = require("koa-router");

const router = new Router({ prefix: "/session" });

// expect: missing-rate-limit -- nothing counts its requests
router.post("/login", async (ctx) => {
  ctx.body = { token: await signIn(ctx.request.body.email, ctx.request.body.password) };
});

async function signIn(email, password) {
  return `${email}:${password.length}`;
}

module.exports = router;
