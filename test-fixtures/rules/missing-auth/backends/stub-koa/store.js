'use strict'

const rows = new Map()
exports.put = async (table, value) => { rows.set(`${table}:${rows.size}`, value); return value }
exports.drop = async (table, id) => rows.delete(`${table}:${id}`)
