export const shelf = {
  async remove(kind: string, id: string): Promise<void> {
    void kind;
    void id;
  },
};
