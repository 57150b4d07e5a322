import { ipAddress } from "@vercel/functions";
import { allowCall } from "../../../../lib/network";

// ok: missing-auth -- keyed by the platform's reading of the caller's address (a fixed key off the platform), refused with 429
export async function POST(request: Request) {
  const address = process.env.VERCEL === "1" ? ipAddress(request) : "127.0.0.1";
  const { allowed } = await allowCall(`color:${address}`);
  if (!allowed) return new Response("slow down", { status: 429 });
  const { hex } = (await request.json()) as { hex: string };
  return Response.json({ hex, name: "unnamed" });
}
