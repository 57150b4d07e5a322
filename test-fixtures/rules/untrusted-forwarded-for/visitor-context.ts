// Where a visitor's forwarding headers go: analytics context, a hop counted from the right, a rate-limit key.

declare function recordSignup(event: { userId: string; location?: string; userAgent?: string }): Promise<void>;
declare function limitAttempts(key: string): Promise<boolean>;

export async function trackSignup(request: Request, userId: string): Promise<void> {
  await recordSignup({
    userId,
    // ok: untrusted-forwarded-for -- an analytics location field places the visitor; nothing is decided on it
    location: request.headers.get("x-forwarded-for") ?? undefined,
    userAgent: request.headers.get("user-agent") ?? undefined,
  });
}

export function addressBehindProxies(headers: Headers, trustedHops: number): string | null {
  // ok: untrusted-forwarded-for -- counted from the right by the configured number of own proxies, failing closed
  const chain = headers.get("x-forwarded-for");
  if (chain === null) return null;
  const hops = chain.split(",").map((hop) => hop.trim());
  if (hops.length < trustedHops) return null;
  return hops[hops.length - trustedHops] ?? null;
}

export async function allowLogin(request: Request): Promise<boolean> {
  // expect: untrusted-forwarded-for
  const forwarded = request.headers.get("x-forwarded-for");
  const client = forwarded?.split(",")[0]?.trim() ?? "unknown";
  return limitAttempts(`login:${client}`);
}
