// A stand-in data layer.
export const db = {
  orders: { insert: async (order: { sku: string; quantity: number }) => ({ id: crypto.randomUUID(), ...order }) },
  refunds: { remove: async (id: string) => ({ id }) },
};
