export const db = {
  orders: {
    async insert(_row: object): Promise<void> {},
    async archive(_id: string): Promise<void> {},
    async restore(_id: string): Promise<void> {},
  },
};
