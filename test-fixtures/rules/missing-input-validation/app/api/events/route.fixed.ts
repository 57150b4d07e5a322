// A text body the handler parses as JSON itself: the schema checks what `JSON.parse` gives, and the parsed data
// replaces that call.
import { NextResponse } from "next/server";
import { db } from "../../../lib/db";
import { z } from "zod";

const createEventBody = z.object({ kind: z.string().nullish(), orderId: z.any() });

export async function POST(request: Request) {
  // expect: missing-input-validation
  const raw = await request.text();
  const parsed = createEventBody.safeParse(JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const event = parsed.data;
  if (event.kind !== "order.paid") return NextResponse.json({ ignored: true });
  await db.order.update({ where: { id: event.orderId }, data: { paidAt: new Date() } });
  return NextResponse.json({ received: true });
}
