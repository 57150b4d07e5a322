import { cookies } from "next/headers";

export class SignInRequired extends Error {}
export class NotAllowed extends Error {}

const sessions = new Map<string, { userId: string; role: "admin" | "member" }>();

async function getSession() {
  const token = (await cookies()).get("plans_session")?.value;
  return token ? sessions.get(token) : undefined;
}

// The signed-in user behind the session cookie, with the role asked for, or an error saying why not.
export async function requireRole(role: "admin" | "member") {
  const session = await getSession();
  if (!session) throw new SignInRequired();
  if (session.role !== role) throw new NotAllowed();
  return session;
}
