export const issues = {
  async create(issue: { title: string; author: string }) { return { id: "1", ...issue }; },
  async publish(id: string) { return { id, published: true }; },
  async restore(id: string) { return { id, archived: false }; },
  async purgeAll() {},
};
