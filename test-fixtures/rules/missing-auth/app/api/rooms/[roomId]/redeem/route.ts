import { ipAddress } from "@vercel/functions";
import { guestThrottle } from "@/lib/throttle";
import { db } from "@/lib/db";

// ok: missing-auth -- the one-time pass code is looked up and refused with 401 after the per-address throttle
export async function POST(request: Request, { params }: { params: { roomId: string } }) {
  const { passCode } = (await request.json()) as { passCode: string };
  const address = ipAddress(request) ?? "unknown";
  const { success } = await guestThrottle.limit(`redeem:${address}`);
  if (!success) return Response.json({ error: "Slow down" }, { status: 429 });
  const pass = await db.query("select id from guest_passes where code = $1 and room_id = $2", [passCode, params.roomId]);
  if (!pass) return Response.json({ error: "Unknown pass code" }, { status: 401 });
  await db.query("update guest_passes set used_at = now() where code = $1", [passCode]);
  return Response.json({ room: pass });
}
