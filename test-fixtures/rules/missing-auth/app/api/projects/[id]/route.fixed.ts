import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { currentUser } from "@/lib/session";
import { withAuth } from "@/lib/auth";

// ok: missing-auth -- the session is checked before the write and a 401 returned without one
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const { name } = (await request.json()) as { name: string };
  await db.query("update projects set name = $2 where id = $1 and owner_id = $3", [id, name, user.id]);
  return new NextResponse(null, { status: 204 });
}

// expect: missing-auth
export const DELETE = withAuth(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await db.query("delete from projects where id = $1", [id]);
  return new NextResponse(null, { status: 204 });
});
