import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// expect: missing-auth
export async function GET() {
  const { rows } = await db.query("select count(*) as users, sum(mrr_cents) as mrr from accounts");
  return NextResponse.json(rows[0]);
}
