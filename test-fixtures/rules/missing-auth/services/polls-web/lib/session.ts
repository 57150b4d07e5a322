// Reads the signed session cookie; null when there is none.
export async function readSessionCookie(request: Request): Promise<{ id: string } | null> {
  const cookie = request.headers.get("cookie") ?? "";
  const match = /sid=([\w-]+)/.exec(cookie);
  return match ? { id: match[1]! } : null;
}
