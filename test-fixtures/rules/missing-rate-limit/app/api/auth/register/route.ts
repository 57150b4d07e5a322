import { NextResponse } from "next/server";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { createAccount } from "@/lib/accounts";

const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, "10 m") });

// ok: missing-rate-limit -- Upstash Ratelimit used inline
export async function POST(request: Request) {
  const ip = request.headers.get("x-real-ip") ?? "anonymous";
  const { success } = await ratelimit.limit(ip);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  return NextResponse.json(await createAccount(await request.json()));
}
