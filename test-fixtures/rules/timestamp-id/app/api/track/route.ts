import { NextResponse, type NextRequest } from "next/server";

export const runtime = "edge";

export async function POST(request: NextRequest) {
  // expect: timestamp-id
  const visitorId = request.cookies.get("vid")?.value ?? Date.now().toString(36) + Math.random().toString(36).slice(2);
  const { path } = (await request.json()) as { path: string };
  await fetch(`${process.env.ANALYTICS_URL}/events`, {
    method: "POST",
    body: JSON.stringify({ visitorId, path, at: Date.now() }),
    signal: AbortSignal.timeout(2000),
  });
  const response = NextResponse.json({ ok: true });
  response.cookies.set("vid", visitorId, { httpOnly: true, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return response;
}
