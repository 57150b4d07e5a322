const subscribers = new Map<string, Set<string>>();

export const incidents = {
  all: async () => [...subscribers.keys()].map((id) => ({ id })),
  subscribe: async (id: string, email: string) => {
    subscribers.set(id, (subscribers.get(id) ?? new Set()).add(email));
  },
};
