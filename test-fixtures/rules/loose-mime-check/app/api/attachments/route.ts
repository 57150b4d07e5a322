import { NextResponse } from "next/server";
import { uploadedPart } from "../../../lib/mirror-client";

export async function POST(request: Request) {
  const upload = await uploadedPart(request);
  // expect: loose-mime-check
  if (!upload || !upload.type.startsWith("image/")) return NextResponse.json({ error: "images only" }, { status: 415 });
  return NextResponse.json({ size: upload.size }, { status: 201 });
}
