const names = new Map();

module.exports = {
  async rename(id, name) {
    names.set(id, name);
    return { id, name };
  },
  async remove(id) {
    names.delete(id);
    return { id };
  },
};
