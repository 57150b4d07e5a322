const open = new Map<string, { memberId: string }>();

export const sessions = {
  async lookup(token: string) {
    return open.get(token);
  },
};
