export async function verifyAccessToken(_token: string): Promise<{ id: string } | undefined> {
  return undefined;
}
