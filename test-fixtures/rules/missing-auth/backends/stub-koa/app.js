'use strict'

const Koa = require('koa')
const tokenCheck = require('koa-jwt')
const routes = require('./routes')

const app = module.exports = new Koa()

// Only /api paths are checked, and of those the share endpoint is let through: the predicate returns true (skip the
// check) for every other path.
app
  .use(tokenCheck({ secret: process.env.TOKEN_SECRET }).unless((ctx) => {
    if (/^\/api/.test(ctx.path)) {
      return ['/api/stubs/share'].includes(ctx.path)
    }
    return true
  }))
  .use(routes.api.routes())
  .use(routes.replay.routes())

app.listen(Number(process.env.PORT))
