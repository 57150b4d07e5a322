// Exchanges an OAuth authorization code for the partner's tokens.
export async function exchangeCode(tokenUrl: string, code: string): Promise<string | undefined> {
  const response = await fetch(tokenUrl, { method: "POST", body: new URLSearchParams({ code, grant_type: "authorization_code" }) });
  const tokenBody = await response.json();
  if (!response.ok) {
    // ok: sensitive-data-logged -- the provider refused the exchange, so the body is its error, not a token
    console.warn("token exchange refused", tokenBody);
    return undefined;
  }
  // expect: sensitive-data-logged
  console.info("token exchange done", tokenBody);
  return tokenBody.access_token;
}
