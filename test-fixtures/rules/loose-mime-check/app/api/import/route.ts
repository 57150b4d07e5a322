import { NextRequest, NextResponse } from "next/server";

export async function POST(request: NextRequest) {
  const contentType = request.headers.get("content-type");
  // expect: loose-mime-check@8 loose
  if (!contentType?.includes("multipart/form-data")) return NextResponse.json({ error: "form expected" }, { status: 415 });
  const form = await request.formData();
  const upload = form.get("file") as File;
  // expect: loose-mime-check
  if (!upload.type.includes("spreadsheet")) return NextResponse.json({ error: "spreadsheets only" }, { status: 415 });
  return NextResponse.json({ rows: 0 });
}
