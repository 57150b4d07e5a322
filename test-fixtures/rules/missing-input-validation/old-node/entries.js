// The package admits Node 8, whose parser cannot load zod 4: the scaffold is only a suggestion that says so, and
// package.json is left alone.
const Router = require("koa-router");
const { entries } = require("./store");

const router = new Router();

router.post("/entries", async (ctx) => {
  // expect: missing-input-validation
  const entry = await entries.add({ author: ctx.request.body.author, text: ctx.request.body.text });
  ctx.status = 201;
  ctx.body = entry;
});

module.exports = router;
