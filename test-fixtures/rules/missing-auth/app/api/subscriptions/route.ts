import { db } from "@/lib/db";

// expect: missing-auth
export async function DELETE(request: Request) {
  const id = new URL(request.url).searchParams.get("id");
  await db.query("delete from subscriptions where id = $1", [id]);
  return new Response(null, { status: 204 });
}
