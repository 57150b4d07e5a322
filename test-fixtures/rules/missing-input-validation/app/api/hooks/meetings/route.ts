// A meeting bot's callbacks: the raw text is parsed by a local helper that answers null for broken JSON. The POST
// hands that parse straight to a schema and leaves when it fails; the PUT stores it unchecked.
import { z } from "zod";
import { db } from "../../../../lib/db";

const meetingEvent = z.object({ meetingId: z.string(), state: z.enum(["joined", "left"]) });

function readJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function POST(request: Request) {
  // ok: missing-input-validation -- what the helper parses goes straight into the schema, and a failure returns
  const raw = await request.text();
  const checked = meetingEvent.safeParse(readJsonOrNull(raw));
  if (!checked.success) return Response.json({ ignored: true });
  await db.meeting.update({ where: { id: checked.data.meetingId }, data: { state: checked.data.state } });
  return Response.json({ ok: true });
}

export async function PUT(request: Request) {
  // expect: missing-input-validation
  const raw = await request.text();
  const event = readJsonOrNull(raw) as { meetingId: string; state: string };
  await db.meeting.update({ where: { id: event.meetingId }, data: { state: event.state } });
  return Response.json({ ok: true });
}
