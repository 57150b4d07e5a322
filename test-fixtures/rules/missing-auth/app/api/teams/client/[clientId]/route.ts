import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// A `client` segment deep inside the app's own API (not the SDK API under the root) names a record, not an anonymous caller.
// expect: missing-auth
export async function DELETE(_request: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  await db.query("delete from team_clients where id = $1", [clientId]);
  return new NextResponse(null, { status: 204 });
}
