export const db = {
  apiKeys: { find: async (_secret: string): Promise<{ projectId: string } | undefined> => undefined },
  metrics: { list: async (_projectId: string) => [] as unknown[], add: async (_projectId: string, _body: unknown) => ({}) },
  notes: { add: async (_body: unknown) => ({}) },
  bookmarks: {
    rename: async (_owner: string, _title: string) => undefined,
    clear: async (_owner: string) => undefined,
    share: async (_owner: string, _id: string) => undefined,
    unshare: async (_id: string) => undefined,
  },
  events: { replay: async (_body: unknown) => 0, purge: async () => 0 },
};
