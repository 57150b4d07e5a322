const store = require("../store")

// Handlers written in place in the module's object.
module.exports = {
  async register(ctx) {
    const { body } = ctx.request
    ctx.body = await store.insert("members", { email: body.member.email })
  },

  async rename(ctx) {
    if (!ctx.state.user) ctx.throw(401)
    ctx.body = await store.update("members", ctx.state.user.id, { name: ctx.request.body.name })
  },

  async purge(ctx) {
    ctx.body = await store.remove("members", ctx.params.id)
  },
}
