export const store = {
  async append(table: string, row: unknown): Promise<void> {
    void table;
    void row;
  },
  async settings(): Promise<{ version: string; signInProviders: string[] }> {
    return { version: "1.0.0", signInProviders: [] };
  },
};
