// An OAuth token exchange: the whole form goes to the OAuth server, which checks the grant type, code and verifier.
import ssoServer from "../../../../lib/sso";

export async function POST(request: Request) {
  const server = await ssoServer();
  // ok: missing-input-validation -- handed whole to the OAuth server, which validates every grant parameter
  const form = await request.formData();
  const grant = Object.fromEntries(form.entries());
  return Response.json(await server.oauth.token(grant));
}
