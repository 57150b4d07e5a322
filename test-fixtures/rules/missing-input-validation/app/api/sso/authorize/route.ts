// OAuth authorize requests arrive as a form or as JSON; either way the parameters go whole to the OAuth server, which
// checks the client, the redirect URI and the PKCE challenge against what was registered.
import ssoServer from "../../../../lib/sso";

export async function POST(request: Request) {
  const { oauth } = await ssoServer();
  let params: Record<string, unknown>;
  if ((request.headers.get("content-type") ?? "").includes("form")) {
    // ok: missing-input-validation -- the form, turned into an object in a `let`, only reaches the OAuth server
    const form = await request.formData();
    params = Object.fromEntries(form.entries());
  } else {
    params = await request.json();
  }
  const { redirect_url } = await oauth.authorize(params);
  return Response.redirect(redirect_url);
}

export async function PUT(request: Request) {
  const { oauth } = await ssoServer();
  // ok: missing-input-validation -- either branch of the conditional goes whole to the OAuth server
  const params = request.method === "PUT" ? await request.json() : {};
  return Response.json(await oauth.authorize(params));
}
