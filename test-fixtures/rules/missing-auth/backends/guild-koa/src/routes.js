const Router = require("@koa/router");
const policies = require("./policies");

const banners = new Map();
const router = new Router({ prefix: "/guild" });

// ok: missing-auth -- `ensureAdmin` of the package's policy class refuses callers who are not signed-in admins
router.delete("/banners/:id", policies.ensureAdmin, (ctx) => {
  banners.delete(ctx.params.id);
  ctx.status = 204;
});

// ok: missing-auth -- `ensureApiToken` looks the bearer token up and refuses without one
router.put("/banners/:id", policies.ensureApiToken, (ctx) => {
  banners.set(ctx.params.id, String(ctx.request.body.text));
  ctx.status = 204;
});

// expect: missing-auth
router.post("/banners", policies.ensureLoggedOut, (ctx) => {
  banners.set(String(banners.size + 1), String(ctx.request.body.text));
  ctx.status = 201;
});

module.exports = router;
