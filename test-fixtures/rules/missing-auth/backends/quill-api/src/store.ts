export const poems = {
  async update(id: string, text: string) {
    return { id, text };
  },
  async remove(id: string) {
    return { id, removed: true };
  },
};
