// Reads an access token from a parsed query string. The first helper keeps the token only when it is text; the second
// returns whatever the client sent.
export function tokenFromQuery(query: Record<string, unknown>, header: string | undefined): string | undefined {
  if (typeof query["access_token"] === "string") return query["access_token"];
  return header?.startsWith("Bearer ") ? header.slice(7) : undefined;
}

export function looseTokenFromQuery(query: Record<string, unknown>): unknown {
  return query.access_token;
}
