// The identity provider posts a signed SAML response here; the fields go only to the SAML server, which verifies
// the signature before it trusts anything in them.
import { redirect } from "next/navigation";
import ssoServer from "../../../../lib/sso";

export async function POST(request: Request) {
  const { oauth } = await ssoServer();
  // ok: missing-input-validation -- handed only to the SAML server, which verifies the response's signature
  const form = await request.formData();
  const fields = Object.fromEntries(form.entries());
  const { RelayState, SAMLResponse } = fields as unknown as { RelayState: string; SAMLResponse: string };
  const { redirect_url } = await oauth.samlResponse({ RelayState, SAMLResponse });
  return redirect(redirect_url);
}
