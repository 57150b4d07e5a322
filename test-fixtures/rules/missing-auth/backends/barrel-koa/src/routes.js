const Router = require("koa-router")
// One member of the controllers barrel, its handlers reached through it.
const members = require("./controllers").members

const router = new Router()

// ok: missing-auth -- the sign-up, read through the barrel: it asks no one who is posting
router.post("/accounts", members.register)

// ok: missing-auth -- the handler refuses a caller without a user in its state
router.patch("/members/me", members.rename)

// expect: missing-auth
router.delete("/members/:id", members.purge)

module.exports = router
