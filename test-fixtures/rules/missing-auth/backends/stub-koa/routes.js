'use strict'

const Router = require('koa-router')
const stubs = require('./controllers/stubs')

const apiRouter = new Router({ prefix: '/api' })
const replayRouter = new Router({ prefix: '/replay' })

// The whole registration chain is exported: it answers the router it starts from.
exports.api = apiRouter
  // ok: missing-auth -- the token middleware, imported from koa-jwt under another name, covers /api
  .post('/stubs', stubs.create)
  // ok: missing-auth -- covered by the token middleware too
  .post('/stubs/remove', stubs.remove)
  // expect: missing-auth
  .post('/stubs/share', stubs.share)

exports.replay = replayRouter
  // expect: missing-auth
  .post('/:id', stubs.replay)
  // ok: missing-auth -- the handler only answers a fixed body through the context
  .post('/:id/ping', stubs.ping)
  // ok: missing-auth -- the same, written in place
  .post('/:id/touch', async (ctx) => { ctx.body = { touched: true } })
  // expect: missing-auth
  .post('/:id/echo', stubs.echo)
