import { NextResponse } from "next/server";
import { declaredLength } from "../../../lib/request-size";

const IMPORT_LIMIT = 2 * 1024 * 1024;

// ok: unbounded-body-size -- a helper measures the declared size and the handler answers 413 above the limit
export async function POST(request: Request) {
  const length = declaredLength(request.headers);
  if (length !== null && length > IMPORT_LIMIT) return NextResponse.json({ error: "too large" }, { status: 413 });
  const form = await request.formData();
  return NextResponse.json({ fields: [...form.keys()].length });
}

export async function PUT(request: Request) {
  const length = declaredLength(request.headers);
  if (length === null) return NextResponse.json({ error: "length required" }, { status: 411 });
  // expect: unbounded-body-size
  const form = await request.formData();
  return NextResponse.json({ fields: [...form.keys()].length, length });
}
