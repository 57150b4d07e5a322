import { NextResponse } from "next/server";

const overrides = new Map<string, boolean>();

// expect: missing-auth
export async function POST() {
  overrides.clear();
  return NextResponse.json({ cleared: true });
}
