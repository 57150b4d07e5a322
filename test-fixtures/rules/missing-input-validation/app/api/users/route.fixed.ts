import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/session";
import { z } from "zod";

const createUserBody = z.object({ email: z.string(), role: z.any(), seats: z.number() });

export async function POST(request: NextRequest) {
  const admin = await getCurrentUser();
  if (!admin?.isAdmin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = createUserBody.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  // expect: missing-input-validation
  const { email, role, seats } = parsed.data;
  if (!email.includes("@")) return NextResponse.json({ error: "invalid email" }, { status: 422 });
  const user = await db.user.create({ data: { email: email.toLowerCase(), role, seats: seats > 0 ? seats : 1 } });
  return NextResponse.json(user, { status: 201 });
}

// ok: missing-input-validation -- a GET that reads nothing from the request
export async function GET() {
  return NextResponse.json(await db.user.findMany({ take: 50 }));
}
