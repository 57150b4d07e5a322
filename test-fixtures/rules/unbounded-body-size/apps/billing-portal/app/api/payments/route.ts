import { isSelfHosted } from "../../../lib/deployment";

// The hosted service runs on Vercel (vercel.json); the Dockerfile builds what a self-hosted install runs.
export async function POST(request: Request): Promise<Response> {
  if (isSelfHosted) return new Response("payments are a hosted feature", { status: 410 });
  // ok: unbounded-body-size -- only the hosted service gets here, and Vercel refuses bodies over 4.5 MB before it
  const payload = await request.text();
  const event = JSON.parse(payload) as { type?: string };
  return new Response(event.type ?? "unknown");
}
