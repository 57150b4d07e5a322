import type { NextRequest } from "next/server";
import { limiter } from "./limiter";

// This package deploys only to Vercel (a vercel.json beside its package.json, no container): the edge writes
// X-Forwarded-For and X-Real-IP itself, so the client cannot choose them.
export async function allowVisitor(request: NextRequest): Promise<boolean> {
  // ok: untrusted-forwarded-for -- the platform's edge overwrites the header with the connecting address
  const address = request.headers.get("x-real-ip") ?? "unknown";
  return (await limiter.limit(address)).success;
}
