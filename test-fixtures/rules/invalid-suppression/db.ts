export const db = {
  orders: {
    async archive(_id: string): Promise<void> {},
    async restore(_id: string): Promise<void> {},
  },
};
