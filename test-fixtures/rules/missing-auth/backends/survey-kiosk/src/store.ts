export const store = {
  async add(table: string, row: unknown): Promise<void> {
    void table;
    void row;
  },
  async remove(table: string, id: string): Promise<void> {
    void table;
    void id;
  },
  async findBy(table: string, field: string, value: string): Promise<{ id: string } | undefined> {
    void table;
    void field;
    void value;
    return undefined;
  },
};
