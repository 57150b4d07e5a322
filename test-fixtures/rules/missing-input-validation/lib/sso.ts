// Sets up the SAML/OAuth server once and hands out its controllers. The package verifies each SAML response's
// signature and checks each grant's parameters (code, redirect URI, PKCE verifier) against what it issued.
let controllers: { oauth: any; connections: any; directory: any } | undefined;

export default async function ssoServer() {
  if (!controllers) {
    const made = await (await import("@boxyhq/saml-jackson")).controllers({ externalUrl: "https://app.example.test", samlPath: "/api/sso/acs" });
    controllers = { oauth: made.oauthController, connections: made.connectionAPIController, directory: made.directorySyncController };
  }
  return controllers;
}
