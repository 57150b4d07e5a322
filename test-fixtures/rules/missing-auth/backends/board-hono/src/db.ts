export const db = {
  sessions: { async find(token: string) { return token ? { id: token } : undefined; } },
  async write(table: string, value: unknown) { return { table, value }; },
};
