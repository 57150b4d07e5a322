// Ending one device's session: the token names which stored session to drop. A token that does not verify names
// none, so the method leaves with nothing done; a caller cannot take that as access, because it gets nothing back.
declare const tokens: { verify(token: string): { sessionId?: string; userId?: string } };
declare const store: { sessions: { remove(where: { sessionId: string }): Promise<void> } };

export class DeviceSessions {
  async endSession(token: string) {
    let sessionId: string | undefined;
    try {
      sessionId = tokens.verify(token).sessionId;
      // ok: fail-open-auth -- a void cleanup method: the bare return only skips dropping a session it could not name
    } catch {
      return;
    }
    if (sessionId) await store.sessions.remove({ sessionId });
  }

  /** Throws when the token is not genuine; callers go on when it returns. */
  async assertGenuine(token: string) {
    try {
      tokens.verify(token);
      // expect: fail-open-auth
    } catch {
      return;
    }
  }
}
