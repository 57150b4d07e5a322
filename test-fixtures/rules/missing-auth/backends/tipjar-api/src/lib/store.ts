export const tips = {
  async settle(tipId: string): Promise<void> {
    void tipId;
  },
};
