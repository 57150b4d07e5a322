// The same SAML form, but also stored as it came: the store gets whatever the client posted, before any signature
// check. Going to the protocol server as well does not make the write safe.
import { db } from "../../../../lib/db";
import ssoServer from "../../../../lib/sso";

export async function POST(request: Request) {
  const { oauth } = await ssoServer();
  // expect: missing-input-validation
  const form = await request.formData();
  const fields = Object.fromEntries(form.entries());
  await db.ssoAttempt.create({ data: fields });
  const { redirect_url } = await oauth.samlResponse(fields);
  return Response.redirect(redirect_url);
}
