import { z } from "zod";
import { db } from "@/lib/db";
import { readCall, readPayload } from "@/lib/read-call";

const note = z.object({ title: z.string().max(200), text: z.string() });

// ok: missing-auth -- readCall authenticates when its auth is left on
export async function PUT(request: Request) {
  const { body, user, error } = await readCall(request, note);
  if (error) return error();
  await db.query("insert into notes (owner, title, text) values ($1, $2, $3)", [user!.id, (body as { title: string }).title, (body as { text: string }).text]);
  return new Response(null, { status: 201 });
}

// A `skipAuth` option of a helper that never checks a caller opens nothing: there was no auth to switch off.
// expect: missing-auth
export async function POST(request: Request) {
  const { body, error } = await readPayload(request, note, { skipAuth: true });
  if (error) return error();
  await db.query("insert into notes (title, text) values ($1, $2)", [(body as { title: string }).title, (body as { text: string }).text]);
  return new Response(null, { status: 201 });
}
