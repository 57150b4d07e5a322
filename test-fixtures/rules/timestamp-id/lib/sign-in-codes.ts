// Sign-in by email: the mailed code is what the person types into a four-box form, so it must stay four base-36
// characters. A UUID there cannot be typed, so the fix is only offered; the long reset token still gets the UUID.
export const signInProvider = {
  async generateVerificationToken(): Promise<string> {
    // expect: timestamp-id
    return Math.random().toString(36).slice(2, 6).toUpperCase();
  },
};

export function createResetToken(): string {
  // expect: timestamp-id
  return Math.random().toString(36).slice(2);
}
