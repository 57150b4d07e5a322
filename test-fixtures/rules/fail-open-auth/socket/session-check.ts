export async function verifySessionCookie(cookie: string | undefined): Promise<{ id: string }> {
  const id = /sid=(\w+)/.exec(cookie ?? "")?.[1];
  if (!id) throw new Error("no session");
  return { id };
}
