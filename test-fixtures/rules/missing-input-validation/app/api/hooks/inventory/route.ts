import { NextResponse } from "next/server";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const raw = await request.text();
  const event = JSON.parse(raw);
  await db.post.create({ data: event });
  return NextResponse.json({ received: true });
}
