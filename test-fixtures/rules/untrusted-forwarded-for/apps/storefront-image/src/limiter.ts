export const limiter = { limit: async (key: string) => ({ success: key.length > 0 }) };
