import { allowCall, visitorAddress } from "../../../../lib/network";

// A free tool on the landing page: no account, callers told apart only by their address and throttled on it.
// ok: missing-auth -- reads no credential and throttles anonymous callers per address with a 429: public by design
export async function POST(request: Request) {
  const { host } = (await request.json()) as { host: string };
  const address = visitorAddress(request.headers);
  if (!address) return Response.json({ error: "no address" }, { status: 400 });
  const verdict = await allowCall(`dns:${address}`);
  if (!verdict.allowed) return Response.json({ error: "slow down" }, { status: 429 });
  return Response.json({ host, records: [] });
}
