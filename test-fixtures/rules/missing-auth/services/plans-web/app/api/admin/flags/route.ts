import { NextResponse } from "next/server";

// A 404 while the feature is off: it says nothing about who is asking.
async function featureOff(): Promise<NextResponse | null> {
  return process.env.FLAGS_UI === "on" ? null : NextResponse.json({ error: "not found" }, { status: 404 });
}

const flags = new Map<string, boolean>();

// expect: missing-auth
export async function POST(request: Request) {
  const off = await featureOff();
  if (off) return off;
  const { name, enabled } = await request.json();
  flags.set(String(name), Boolean(enabled));
  return NextResponse.json({ saved: true });
}
