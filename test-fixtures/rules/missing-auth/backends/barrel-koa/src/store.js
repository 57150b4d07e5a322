module.exports = {
  insert: async (table, row) => ({ table, row }),
  update: async (table, id, row) => ({ table, id, row }),
  remove: async (table, id) => ({ table, id }),
}
