import { createHmac, timingSafeEqual } from "node:crypto";

export async function verifySessionToken(token: string): Promise<{ userId: string } | undefined> {
  const [userId, signature] = token.split(".");
  if (!userId || !signature) return undefined;
  const expected = createHmac("sha256", process.env.SESSION_SECRET ?? "").update(userId).digest("hex");
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) ? { userId } : undefined;
}
