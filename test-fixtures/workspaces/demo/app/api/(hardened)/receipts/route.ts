import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/session";
import { db } from "@/server/db";

const createReceiptBody = z.object({ customerId: z.string(), lines: z.array(z.unknown()) }).strict();

export async function POST(request: Request) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = createReceiptBody.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const receipt = { id: crypto.randomUUID(), ...parsed.data };
  await db.invoices.insert(receipt);
  return NextResponse.json(receipt, { status: 201 });
}
