export const db = {
  apiKeys: { find: async (_secret: string): Promise<{ projectId: string } | undefined> => undefined },
  metrics: { list: async (_projectId: string) => [] as unknown[], add: async (_projectId: string, _body: unknown) => ({}) },
  notes: { add: async (_body: unknown) => ({}) },
  events: { replay: async (_body: unknown) => 0, purge: async () => 0 },
};
