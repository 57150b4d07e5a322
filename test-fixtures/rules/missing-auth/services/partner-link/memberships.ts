const members = new Set<string>();

export const memberships = {
  async add(email: string): Promise<void> {
    members.add(email);
  },
};
