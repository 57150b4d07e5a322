import { headers } from "next/headers";
import { NextRequest, NextResponse } from "next/server";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, "1 m") });

export async function POST(request: NextRequest) {
  // expect: untrusted-forwarded-for
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0] ?? "anonymous";
  const { success } = await ratelimit.limit(ip);
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  return NextResponse.json({ ok: true });
}

export async function GET() {
  // expect: untrusted-forwarded-for
  const realIp = headers().get("x-real-ip");
  return NextResponse.json({ ip: realIp });
}
