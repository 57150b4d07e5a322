/** The visitor's address as the edge proxy reports it. */
export function visitorAddress(headers: Headers): string | undefined {
  return headers.get("x-real-ip") ?? headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? undefined;
}

const hits = new Map<string, number>();

/** Counts calls per key in memory; answers whether this one is still allowed. */
export async function allowCall(key: string) {
  const count = (hits.get(key) ?? 0) + 1;
  hits.set(key, count);
  return { allowed: count <= 20 };
}
