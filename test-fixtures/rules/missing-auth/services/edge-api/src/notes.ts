const store = new Map<string, { body: string }>();

export const notes = {
  async create(note: { body: string }) {
    const id = crypto.randomUUID();
    store.set(id, note);
    return { id };
  },
  async saveDraft(draft: { message: string }) {
    store.set(crypto.randomUUID(), { body: draft.message });
  },
  async removeDraft(id: string) {
    store.delete(id);
  },
};
