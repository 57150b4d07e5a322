import { cookies } from "next/headers";
import jwt from "jsonwebtoken";

export interface Session {
  userId: string;
}

/** The signed-in user's session, or null: never throws on a bad cookie. */
export async function auth(): Promise<Session | null> {
  const secret = process.env.SESSION_SECRET;
  const token = (await cookies()).get("session")?.value;
  if (!secret || !token) return null;
  try {
    const payload = jwt.verify(token, secret, { algorithms: ["HS256"] }) as { sub?: string };
    return payload.sub ? { userId: payload.sub } : null;
  } catch {
    return null;
  }
}
