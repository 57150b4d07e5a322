export const pastes = {
  async remove(id) { return id; },
  async pin(id) { return id; },
  async open(id, password) { return { text: `${id}:${password ?? ""}` }; },
};
