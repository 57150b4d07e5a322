// A session helper that throws instead of returning null: calling it is the check.
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { AppError, ErrorCodes } from "./errors";

export async function requireSession(c: Context) {
  const sessionId = getCookie(c, "sid");
  const user = sessionId ? await lookupUser(sessionId) : null;
  if (!user) throw new AppError(ErrorCodes.Unauthorized);
  return { user };
}

// A helper that goes through requireSession before it changes anything.
export async function removeLinkedProvider(c: Context, providerId: string) {
  const { user } = await requireSession(c);
  await fetch(`https://accounts.internal/${user.id}/providers/${providerId}`, { method: "DELETE", signal: AbortSignal.timeout(5000) });
}

async function lookupUser(sessionId: string): Promise<{ id: string } | null> {
  return sessionId.length > 10 ? { id: sessionId.slice(0, 8) } : null;
}
