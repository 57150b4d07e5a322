export async function readSession(request: Request): Promise<{ id: string } | null> {
  const cookie = request.headers.get("cookie") ?? "";
  return cookie.includes("player=") ? { id: cookie.split("player=")[1]!.split(";")[0]! } : null;
}
