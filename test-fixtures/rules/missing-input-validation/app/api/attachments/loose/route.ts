// The same upload, but the reader hands back whatever the form holds: a File where text was expected reaches the
// database. Handing the form to a helper is not validation unless the helper checks what it returns.
import { NextResponse } from "next/server";
import { db } from "../../../../lib/db";

function fieldOf(form: FormData, name: string) {
  return form.get(name);
}

export async function POST(request: Request) {
  // expect: missing-input-validation
  const form = await request.formData();
  const ticketId = fieldOf(form, "ticketId");
  if (!ticketId) return NextResponse.json({ error: "ticketId is required" }, { status: 400 });
  await db.attachment.create({ data: { ticketId, note: fieldOf(form, "note") } });
  return NextResponse.json({ ok: true });
}
