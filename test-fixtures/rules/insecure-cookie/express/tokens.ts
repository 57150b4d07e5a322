export async function signSession(email: string): Promise<string> {
  return Buffer.from(email).toString("base64url");
}
