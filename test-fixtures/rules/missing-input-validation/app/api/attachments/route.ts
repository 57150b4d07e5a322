// A multipart upload whose every field goes through a small reader that checks its type (text, or an uploaded File)
// and gives null otherwise; the handler answers 400 when one is missing. Each field is checked before it is used.
import { NextResponse } from "next/server";
import { db } from "../../../lib/db";

function textField(form: FormData, name: string): string | null {
  const entry = form.get(name);
  return typeof entry === "string" && entry.length > 0 ? entry : null;
}

const uploadedFile = (form: FormData): File | null => {
  const entry = form.get("attachment");
  if (!(entry instanceof File)) return null;
  return entry;
};

export async function POST(request: Request) {
  // ok: missing-input-validation -- each field is read through a helper that checks its type first
  const form = await request.formData();
  const ticketId = textField(form, "ticketId");
  const file = uploadedFile(form);
  if (!ticketId || !file) return NextResponse.json({ error: "ticketId and attachment are required" }, { status: 400 });
  await db.attachment.create({ data: { ticketId, name: file.name, size: file.size } });
  return NextResponse.json({ ok: true });
}
