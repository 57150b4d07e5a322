// Helpers that turn a forwarding header into an address. Only the first reads the hop our own load balancer appended.

/** The load balancer appends the address it saw, so the last entry is the one we can believe. */
export function lastHop(forwarded: string | null): string | null {
  if (!forwarded) return null;
  const entries = forwarded.split(",").map((entry) => entry.trim());
  return entries[entries.length - 1] ?? null;
}

/** Reads the leftmost entry: whatever the caller typed into the header. */
export const firstHop = (forwarded: string | null): string => (forwarded ?? "").split(",")[0]!.trim();
