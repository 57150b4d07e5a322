export const partners = {
  async find(id: string) {
    return id ? { id, secret: "" } : undefined;
  },
};
export const entries = {
  async add(entry: unknown) {
    return entry;
  },
  async remove(id: string) {
    return id;
  },
};
