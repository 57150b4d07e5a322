export const drafts = {
  insert: async (value: unknown) => ({ value }),
  update: async (id: string, value: unknown) => ({ id, value }),
  publish: async (id: string) => ({ id }),
  exportPdf: async (id: string) => ({ id }),
  setPlan: async (plan: string) => ({ plan }),
};
