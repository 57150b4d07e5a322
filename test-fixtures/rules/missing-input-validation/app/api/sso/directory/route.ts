// Directory sync (SCIM): the request is rebuilt as the directory controller expects it and handed over whole; the
// controller authenticates it with the directory's secret and parses the SCIM resources itself.
import { db } from "../../../../lib/db";
import ssoServer from "../../../../lib/sso";

export async function POST(request: Request) {
  let body: unknown = {};
  try {
    // ok: missing-input-validation -- held in an object that only the directory controller receives
    body = await request.json();
  } catch {
    body = {};
  }
  const { directory } = await ssoServer();
  const scimRequest = { method: request.method, body, secret: request.headers.get("authorization") };
  const { status, data } = await directory.requests.handle(scimRequest);
  return Response.json(data, { status });
}

export async function PUT(request: Request) {
  // expect: missing-input-validation
  const body = await request.json();
  const { directory } = await ssoServer();
  const scimRequest = { method: request.method, body };
  await db.directoryEvent.create({ data: scimRequest });
  return Response.json(await directory.requests.handle(scimRequest));
}
