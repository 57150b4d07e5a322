import { z } from "zod";
import { db } from "@/lib/db";

const createProjectBody = z.object({ name: z.string().min(1).max(100), private: z.boolean() }).strict();

// ok: missing-input-validation -- safeParse on the JSON body, parsed.data used afterwards
export async function POST(request: Request) {
  const parsed = createProjectBody.safeParse(await request.json());
  if (!parsed.success) return Response.json({ error: parsed.error.flatten() }, { status: 400 });
  return Response.json(await db.project.create({ data: parsed.data }), { status: 201 });
}

export async function PATCH(request: Request) {
  // expect: missing-input-validation
  const changes = await request.json();
  return Response.json(await db.project.update({ where: { id: changes.id }, data: changes }));
}
