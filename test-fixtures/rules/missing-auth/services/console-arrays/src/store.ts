export const consoleStore = {
  async record(entry: unknown): Promise<void> {
    void entry;
  },
};
