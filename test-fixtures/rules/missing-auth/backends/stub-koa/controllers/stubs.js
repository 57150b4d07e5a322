'use strict'

const store = require('../store')

exports.create = async (ctx) => { ctx.body = await store.put('stubs', ctx.request.body) }
exports.remove = async (ctx) => { ctx.body = await store.drop('stubs', ctx.request.body.id) }
exports.share = async (ctx) => { ctx.body = await store.put('shares', ctx.request.body) }
exports.replay = async (ctx) => { ctx.body = await store.put('replays', { path: ctx.path }) }
exports.ping = async (ctx) => { ctx.status = 200; ctx.body = { ok: true } }
exports.echo = async (ctx) => { ctx.body = ctx.request.body }
