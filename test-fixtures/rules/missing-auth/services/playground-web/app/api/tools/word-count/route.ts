import { allowCall } from "../../../../lib/network";

const onLaptop = process.env.NODE_ENV === "development";

// ok: missing-auth -- throttled per forwarded address in every deployment (only a developer's machine skips it): public by design
export async function POST(request: Request) {
  let counted = 0;
  if (!onLaptop) {
    const forwarded = request.headers.get("x-forwarded-for");
    const address = forwarded?.split(",")[0] ?? "unknown";
    const { allowed } = await allowCall(`words:${address}`);
    counted += 1;
    if (!allowed) return Response.json({ error: "slow down" }, { status: 429 });
  }
  const text = await request.text();
  return Response.json({ words: text.split(/\s+/).filter(Boolean).length, counted });
}
