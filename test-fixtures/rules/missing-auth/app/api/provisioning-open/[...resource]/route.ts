import { identityBridge } from "@/lib/identity-bridge";

// The same controller handed no credential of the caller's: nothing checks who sent the change.
// expect: missing-auth
export async function POST(request: Request, { params }: { params: Promise<{ resource: string[] }> }) {
  const [directory, kind] = (await params).resource;
  const { sync } = await identityBridge();
  const operation = { method: "POST", directory, kind, payload: await request.json() };
  const { status, data } = await sync.requests.handle(operation, () => undefined);
  return Response.json(data, { status });
}
