import { db } from "@/lib/db";

declare function budgetFor(scope: string): { limit(key: string): Promise<{ success: boolean }> };

// expect: missing-auth
export async function POST(request: Request) {
  const { roomId, note } = (await request.json()) as { roomId: string; note: string };
  const { success } = await budgetFor("ping").limit(roomId);
  if (!success) return Response.json({ error: "Slow down" }, { status: 429 });
  // Past the throttle nothing checks who is asking before the write.
  await db.query("update rooms set ping_note = $2 where id = $1", [roomId, note]);
  return new Response(null, { status: 204 });
}
