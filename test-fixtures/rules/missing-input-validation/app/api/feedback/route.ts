// A multipart form: its fields are read with `form.get`/`form.getAll`, which are methods of the FormData, not
// fields. The schema lists the fields those calls read and is parsed over an object built from the same calls.
import { NextResponse } from "next/server";
import { db } from "../../../lib/db";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const form = await request.formData();
  if (!form.has("summary")) return NextResponse.json({ error: "summary is required" }, { status: 400 });
  const summary = String(form.get("summary")).trim();
  const attachment = form.get("attachment");
  const bytes = attachment instanceof File ? await attachment.arrayBuffer() : undefined;
  const labels = form.getAll("labels");
  const report = await db.feedback.create({ data: { summary, labels, attachmentSize: bytes?.byteLength ?? 0 } });
  return NextResponse.json(report, { status: 201 });
}
