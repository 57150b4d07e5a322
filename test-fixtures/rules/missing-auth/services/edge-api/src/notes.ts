const store = new Map<string, { body: string }>();

export const notes = {
  async create(note: { body: string }) {
    const id = crypto.randomUUID();
    store.set(id, note);
    return { id };
  },
  async saveFeedback(feedback: { message: string }) {
    store.set(crypto.randomUUID(), { body: feedback.message });
  },
  async removeDraft(id: string) {
    store.delete(id);
  },
};
