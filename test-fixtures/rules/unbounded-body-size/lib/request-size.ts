/** The body size the client declared, or null when it declared none or garbage. */
export function declaredLength(headers: Headers): number | null {
  const raw = headers.get("content-length");
  const parsed = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(parsed) ? parsed : null;
}
