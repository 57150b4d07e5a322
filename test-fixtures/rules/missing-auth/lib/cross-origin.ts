import type { NextApiRequest, NextApiResponse } from "next";

/** The request's origin when it is one of ours; throws otherwise. */
export function allowedOriginOf(req: NextApiRequest): string {
  const origin = req.headers.origin ?? "";
  if (!origin.endsWith(".example.com")) throw new Error("origin not allowed");
  return origin;
}

/** Sets the CORS headers for an allowed origin. */
export function applyCorsHeaders(res: NextApiResponse, origin: string): void {
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Vary", "Origin");
}

/** Counts a call toward the caller's usage; resolves once stored. */
export async function recordUsage(req: NextApiRequest): Promise<void> {
  await fetch("https://usage.example.com/hit", { method: "POST", body: String(req.url) });
}
