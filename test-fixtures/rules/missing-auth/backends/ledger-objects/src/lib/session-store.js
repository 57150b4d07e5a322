export const sessionStore = {
  isLive(session) {
    return Boolean(session?.memberId) && session.expiresAt > Date.now();
  },
  memberOf(session) {
    return { id: session.memberId };
  },
};
