import { NextResponse } from "next/server";
import { openEnvelope } from "../../../../lib/envelopes";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  const signature = request.headers.get("x-billing-signature");
  if (!signature) return NextResponse.json({ error: "unsigned" }, { status: 400 });
  // ok: missing-input-validation -- the raw text is checked against the sender's signature header before use
  const raw = await request.text();
  const event = openEnvelope({ raw, signature, secret: process.env.BILLING_WEBHOOK_SECRET ?? "" });
  await db.post.create({ data: { title: event.id, published: false } });
  return NextResponse.json({ received: true });
}
