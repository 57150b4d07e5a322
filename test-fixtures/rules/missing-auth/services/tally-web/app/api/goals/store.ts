export const goalStore = {
  async insert(row: Record<string, unknown>) {
    return { id: "g1", ...row };
  },
  async archive(id: string) {
    return { id, archived: true };
  },
};
