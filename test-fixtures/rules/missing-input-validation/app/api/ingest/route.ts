// A body read as text and parsed by hand: parsing JSON is not validation, but a schema over what it gives is.
import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "../../../lib/db";

const readingShape = z.object({ sensorId: z.string(), celsius: z.number() }).strict();

export async function POST(request: Request) {
  // ok: missing-input-validation -- JSON.parse of the text goes straight into a schema
  const parsed = readingShape.safeParse(JSON.parse(await request.text()));
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  await db.reading.create({ data: parsed.data });
  return NextResponse.json({ ok: true });
}

export async function PUT(request: Request) {
  // ok: missing-input-validation -- the text is parsed into a variable that the schema checks before use
  const raw = await request.text();
  const reading = readingShape.parse(JSON.parse(raw));
  await db.reading.create({ data: reading });
  return NextResponse.json({ ok: true });
}
