export const sessionStore = {
  isLive(session) {
    return Boolean(session?.memberId) && session.expiresAt > Date.now();
  },
  async ownsEntry(memberId, entryId) {
    return Boolean(memberId && entryId);
  },
  memberOf(session) {
    return { id: session.memberId };
  },
};
