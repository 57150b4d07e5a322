const sessions = new Map<string, { userId: string }>();

export async function lookupSession(cookieHeader: string | undefined): Promise<{ userId: string } | undefined> {
  const id = /sid=([\w-]+)/.exec(cookieHeader ?? "")?.[1];
  return id ? sessions.get(id) : undefined;
}
