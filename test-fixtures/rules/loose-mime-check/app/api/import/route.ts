import { NextRequest, NextResponse } from "next/server";

export async function POST(request: NextRequest) {
  const contentType = request.headers.get("content-type");
  // ok: loose-mime-check -- only decides that formData() can read the body; the file inside is checked below
  if (!contentType?.includes("multipart/form-data")) return NextResponse.json({ error: "form expected" }, { status: 415 });
  const form = await request.formData();
  const upload = form.get("file") as File;
  // expect: loose-mime-check
  if (!upload.type.includes("spreadsheet")) return NextResponse.json({ error: "spreadsheets only" }, { status: 415 });
  return NextResponse.json({ rows: 0 });
}
