declare function createIdentityClient(url: string, publicKey: string): {
  auth: { signInWithPassword(input: { email: string; password: string }): Promise<{ data: { user: { id: string } | null }; error: Error | null }> };
};

/** A client of the identity service made with the public key: it acts as whoever signs in through it. */
export function identityClient(c: { env: { IDENTITY_URL: string; IDENTITY_PUBLIC_KEY: string } }) {
  return createIdentityClient(c.env.IDENTITY_URL, c.env.IDENTITY_PUBLIC_KEY);
}

/** Writes one structured log line. */
export function auditlog(entry: Record<string, unknown>): void {
  console.log(JSON.stringify(entry));
}
