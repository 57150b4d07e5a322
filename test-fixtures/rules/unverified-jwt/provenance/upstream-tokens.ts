// Tokens this server holds for itself: what the identity provider's token endpoint returned in the code exchange, the
// access token stored with a connection, and a helper nothing calls. None was presented by a client.
import jwt from "jsonwebtoken";

interface TokenSet {
  access_token: string;
  id_token: string;
}

interface ProviderClient {
  exchangeCode(code: string): Promise<TokenSet>;
}

interface ConnectionStore {
  find(id: string): Promise<{ accessToken: string }>;
}

export async function completeSignIn(provider: ProviderClient, code: string, users: { findByEmail(email: string): Promise<unknown> }) {
  const tokens = await provider.exchangeCode(code);
  // ok: unverified-jwt -- the id token came from the provider's token endpoint over TLS, not from a client
  const claims = jwt.decode(tokens.id_token) as { email?: string } | null;
  if (!claims?.email) throw new Error("provider returned no email");
  return users.findByEmail(claims.email);
}

export async function tenantOfConnection(store: ConnectionStore, connectionId: string) {
  const connection = await store.find(connectionId);
  // ok: unverified-jwt -- the access token was stored when the connection was made; the provider's API enforces it
  const claims = jwt.decode(connection.accessToken) as { tenant?: string } | null;
  if (!claims?.tenant) return undefined;
  return claims.tenant;
}

/** A debugging aid kept in the codebase: nothing calls it. */
export function readSessionToken(token: string) {
  // ok: unverified-jwt -- no request path hands this helper a token
  return jwt.decode(token) as { sub: string } | null;
}
