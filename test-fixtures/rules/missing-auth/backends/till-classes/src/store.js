export const store = {
  async update(table, id, values) {
    return { table, id, values };
  },
  async remove(table, id) {
    return { table, id };
  },
};
