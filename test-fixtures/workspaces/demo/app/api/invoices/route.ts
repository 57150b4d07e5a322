import { NextResponse } from "next/server";
import { db } from "@/server/db";

// expect: missing-auth
export async function POST(request: Request) {
  // expect: missing-input-validation
  const body = await request.json();
  const invoice = { id: crypto.randomUUID(), customerId: body.customerId, lines: body.lines };
  await db.invoices.insert(invoice);
  return NextResponse.json(invoice, { status: 201 });
}

export async function GET() {
  return NextResponse.json({ invoices: [] });
}
