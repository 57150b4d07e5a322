import { NextRequest, NextResponse } from "next/server";

const MAX_BYTES = 5 * 1024 * 1024;

export async function POST(request: NextRequest) {
  // expect: unbounded-body-size
  const bytes = await request.arrayBuffer();
  return NextResponse.json({ size: bytes.byteLength });
}

// ok: unbounded-body-size -- content-length is checked before buffering
export async function PUT(request: NextRequest) {
  const declared = Number(request.headers.get("content-length") ?? Infinity);
  if (declared > MAX_BYTES) return NextResponse.json({ error: "too large" }, { status: 413 });
  const text = await request.text();
  return NextResponse.json({ length: text.length });
}
