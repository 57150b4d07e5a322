import { identityBridge } from "@/lib/identity-bridge";

// The directory-sync controller of the identity package compares the bearer secret with the directory's own
// before it applies the change: handing it the caller's credential is the authentication.
// ok: missing-auth -- the caller's bearer secret goes to the identity package, which refuses a wrong one
export async function POST(request: Request, { params }: { params: Promise<{ resource: string[] }> }) {
  const [directory, kind] = (await params).resource;
  const authorization = request.headers.get("authorization");
  const secret = authorization ? authorization.split(" ")[1] : null;
  const { sync } = await identityBridge();
  const operation = { method: "POST", directory, kind, secret, payload: await request.json() };
  const { status, data } = await sync.requests.handle(operation, applyDirectoryEvent);
  return Response.json(data, { status });
}

async function applyDirectoryEvent(event: { type: string }) {
  console.log("directory event", event.type);
}
