import { allowCall } from "../../../../lib/network";

const invites: string[] = [];

// Throttled by the address it is asked to write to, which the caller chooses: that is no identity of the caller.
// expect: missing-auth
export async function POST(request: Request) {
  const { email } = (await request.json()) as { email: string };
  const verdict = await allowCall(`invite:${email}`);
  if (!verdict.allowed) return Response.json({ error: "slow down" }, { status: 429 });
  invites.push(email);
  return new Response(null, { status: 201 });
}
