const sheets = new Map()
module.exports = {
  archive (id, owner) { return sheets.delete(`${owner}:${id}`) },
  replace (id, body) { sheets.set(id, body) },
  purgeOwnedBy (owner) { for (const key of sheets.keys()) if (key.startsWith(`${owner}:`)) sheets.delete(key) }
}
