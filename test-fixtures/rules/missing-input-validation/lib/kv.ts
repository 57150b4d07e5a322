// A key-value store the share handlers write to.
export const kv = {
  async set(key: string, value: unknown): Promise<void> {
    void key;
    void value;
  },
};
