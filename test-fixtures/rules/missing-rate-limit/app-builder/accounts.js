async function login(ctx) {
  ctx.body = await ctx.state.sessions.open(ctx.request.body.email, ctx.request.body.password);
}

module.exports = { login };
