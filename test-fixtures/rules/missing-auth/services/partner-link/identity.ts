import { createRemoteJWKSet } from "jose";

export const partnerKeys = createRemoteJWKSet(new URL("https://partner.example/.well-known/jwks.json"));

// Trades the one-time code the partner sent the browser back with for the partner's id token.
export async function loadPartnerIdToken(code: string): Promise<string> {
  const answer = await fetch("https://partner.example/oauth/token", {
    method: "POST",
    body: new URLSearchParams({ grant_type: "authorization_code", code, client_id: process.env.PARTNER_CLIENT_ID ?? "" }),
  });
  const { id_token } = (await answer.json()) as { id_token: string };
  return id_token;
}

