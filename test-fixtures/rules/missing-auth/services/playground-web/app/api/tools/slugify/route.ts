import { allowCall } from "../../../../lib/network";

// The caller decides whether the throttle runs: sending `fast: true` skips it, so it limits no one.
// expect: missing-auth
export async function POST(request: Request) {
  const body = (await request.json()) as { text: string; fast?: boolean };
  if (!body.fast) {
    const address = request.headers.get("x-real-ip") ?? "unknown";
    const { allowed } = await allowCall(`slug:${address}`);
    if (!allowed) return Response.json({ error: "slow down" }, { status: 429 });
  }
  await fetch("https://example.com/slugs", { method: "POST", body: body.text });
  return Response.json({ slug: body.text.toLowerCase() });
}
