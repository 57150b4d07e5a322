// A multipart form: its fields are read with `form.get`/`form.getAll`, which are methods of the FormData, not
// fields. The schema lists the fields those calls read and is parsed over an object built from the same calls.
import { NextResponse } from "next/server";
import { db } from "../../../lib/db";
import { z } from "zod";

const createFeedbackBody = z.object({
  summary: z.string().nullable(),
  attachment: z.instanceof(File).nullable(),
  labels: z.array(z.string()),
});

export async function POST(request: Request) {
  // expect: missing-input-validation
  const form = await request.formData();
  const parsed = createFeedbackBody.safeParse({ summary: form.get("summary"), attachment: form.get("attachment"), labels: form.getAll("labels") });
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  if (!form.has("summary")) return NextResponse.json({ error: "summary is required" }, { status: 400 });
  const summary = String(parsed.data.summary).trim();
  const attachment = parsed.data.attachment;
  const bytes = attachment instanceof File ? await attachment.arrayBuffer() : undefined;
  const labels = parsed.data.labels;
  const report = await db.feedback.create({ data: { summary, labels, attachmentSize: bytes?.byteLength ?? 0 } });
  return NextResponse.json(report, { status: 201 });
}
