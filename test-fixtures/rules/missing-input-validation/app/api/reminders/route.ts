import { z } from "zod";
import { db } from "../../../../lib/db";

const reminderBody = z.object({ note: z.string().max(200), at: z.string().datetime() });

export async function POST(request: Request) {
  // ok: missing-input-validation -- the body whose parse failure `.catch` turns into a 400 is then checked by the schema
  const body = await request.json().catch(() => {
    throw new Response("The body is not JSON", { status: 400 });
  });
  const reminder = reminderBody.parse(body);
  await db.reminder.create({ data: reminder });
  return new Response(null, { status: 201 });
}

export async function PUT(request: Request) {
  // expect: missing-input-validation
  const body = await request.json().catch(() => ({}));
  await db.reminder.update({ where: { id: body.id }, data: { note: body.note } });
  return new Response(null, { status: 204 });
}
