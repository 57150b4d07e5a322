import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// ok: missing-auth -- the embeddable widget's client API: anonymous visitors post events scoped by the environment id in the path
export async function POST(request: Request, { params }: { params: Promise<{ environmentId: string }> }) {
  const { environmentId } = await params;
  const { name } = (await request.json()) as { name: string };
  await db.query("insert into widget_events (environment_id, name) values ($1, $2)", [environmentId, name]);
  return new NextResponse(null, { status: 202 });
}
