import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { currentUser } from "@/lib/session";

declare const shares: { findUnique(query: object): Promise<{ locked: boolean; viewerEmail: string } | null> };

const ownerIds = (process.env.OWNER_IDS ?? "").split(",");

async function isFirstRunPending(): Promise<boolean> {
  const { rows } = await db.query("select count(*)::int as users from users");
  return (rows[0] as { users: number }).users === 0;
}

// ok: missing-auth -- the refusal tests a flag computed from the session (an owner), so no session, no restore
export async function POST(request: Request) {
  const user = await currentUser();
  const isOwner = ownerIds.includes(user?.id ?? "");
  const firstRun = !isOwner && (await isFirstRunPending());
  if (!isOwner && !firstRun) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const dump = await request.text();
  await db.query("select restore_projects($1)", [dump]);
  return new NextResponse(null, { status: 204 });
}

// expect: missing-auth
export async function PUT(request: Request) {
  const firstRun = await isFirstRunPending();
  const replace = new URL(request.url).searchParams.get("replace") === "1";
  if (!firstRun && !replace) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const dump = await request.text();
  await db.query("select restore_projects($1)", [dump]);
  return new NextResponse(null, { status: 204 });
}

// A refusal on a record the handler looked up itself is no credential check, whatever its query selects.
// expect: missing-auth
export async function PATCH(request: Request) {
  const { shareId } = (await request.json()) as { shareId: string };
  const share = await shares.findUnique({ where: { id: shareId }, select: { locked: true, viewerEmail: true } });
  if (!share) return NextResponse.json({ error: "not found" }, { status: 404 });
  if (share.locked) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  await db.query("update shares set opened_at = now() where id = $1", [shareId]);
  return new NextResponse(null, { status: 204 });
}
