import type { NextRequest } from "next/server";
import { limiter } from "./limiter";

// Also shipped as a container image: behind a proxy of the operator's choosing the client may write the header.
export async function allowVisitor(request: NextRequest): Promise<boolean> {
  // expect: untrusted-forwarded-for
  const address = request.headers.get("x-real-ip") ?? "unknown";
  return (await limiter.limit(address)).success;
}
