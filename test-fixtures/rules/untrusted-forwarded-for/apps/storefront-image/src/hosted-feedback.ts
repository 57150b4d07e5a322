import type { NextRequest } from "next/server";
import { limiter } from "./limiter";
import { IS_CLOUD, isSelfHosted } from "./settings";

// The feedback form exists only on the hosted service, which runs on Vercel (vercel.json); self-hosted installs built
// from the Dockerfile answer 404 before the header is read.
export async function POST(request: NextRequest): Promise<Response> {
  if (isSelfHosted) return new Response(null, { status: 404 });
  // ok: untrusted-forwarded-for -- reached only on the hosted service, whose edge writes the header
  const address = request.headers.get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await limiter.limit(`feedback:${address}`);
  return new Response(null, { status: success ? 204 : 429 });
}

export async function PUT(request: NextRequest): Promise<Response> {
  if (!IS_CLOUD) {
    return new Response(null, { status: 404 });
  }
  // ok: untrusted-forwarded-for -- `!IS_CLOUD` is the same switch read the other way round
  const address = request.headers.get("x-real-ip") ?? "unknown";
  return new Response(null, { status: (await limiter.limit(address)).success ? 204 : 429 });
}

// Self-hosted installs run this one too: the exit leaves on the hosted service instead.
export async function PATCH(request: NextRequest): Promise<Response> {
  if (IS_CLOUD) return new Response(null, { status: 404 });
  // expect: untrusted-forwarded-for
  const address = request.headers.get("x-real-ip") ?? "unknown";
  return new Response(null, { status: (await limiter.limit(address)).success ? 204 : 429 });
}

// The exit comes after the read: a self-hosted install has already used the header.
export async function DELETE(request: NextRequest): Promise<Response> {
  // expect: untrusted-forwarded-for
  const address = request.headers.get("x-real-ip") ?? "unknown";
  if (!(await limiter.limit(address)).success) return new Response(null, { status: 429 });
  if (isSelfHosted) return new Response(null, { status: 404 });
  return new Response(null, { status: 204 });
}
