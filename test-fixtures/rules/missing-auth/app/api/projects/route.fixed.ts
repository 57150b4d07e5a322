import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { withAuth } from "@/lib/auth";

// ok: missing-auth -- listing is a read outside the sensitive prefixes
export async function GET() {
  const { rows } = await db.query("select id, name from projects where public");
  return NextResponse.json(rows);
}

// expect: missing-auth
export const POST = withAuth(async function POST(request: Request) {
  const { name } = (await request.json()) as { name: string };
  const { rows } = await db.query("insert into projects (name) values ($1) returning id", [name]);
  return NextResponse.json(rows[0], { status: 201 });
});
