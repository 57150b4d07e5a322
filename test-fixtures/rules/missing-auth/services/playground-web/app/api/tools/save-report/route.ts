import { allowCall, visitorAddress } from "../../../../lib/network";

const reports = new Map<string, string>();

// Throttled per address too, but it files the report under the caller's session cookie without checking it.
// expect: missing-auth
export async function POST(request: Request) {
  const owner = request.headers.get("cookie") ?? "anonymous";
  const address = visitorAddress(request.headers);
  const verdict = await allowCall(`report:${address}`);
  if (!verdict.allowed) return Response.json({ error: "slow down" }, { status: 429 });
  reports.set(owner, await request.text());
  return new Response(null, { status: 201 });
}
