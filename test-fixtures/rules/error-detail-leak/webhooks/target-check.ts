// Decides whether a webhook target may be called from the server. Every refusal is a sentence written here; a failed
// name lookup is reported by which of two sentences its code picks, never by the resolver's own text.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

export class TargetRefused extends Error {}

function isPrivateAddress(address: string): boolean {
  return address.startsWith("10.") || address.startsWith("192.168.") || address === "127.0.0.1" || address === "::1";
}

async function addressesOf(host: string): Promise<string[]> {
  if (isIP(host) !== 0) {
    if (isPrivateAddress(host)) throw new TargetRefused("Webhook targets may not be private addresses.");
    return [host];
  }
  try {
    const found = await lookup(host, { all: true });
    return found.map((entry) => entry.address);
  } catch (failure) {
    throw new TargetRefused((failure as { code?: string }).code === "ENOTFOUND" ? "The webhook host does not exist." : "The webhook host could not be looked up.");
  }
}

export async function assertTargetAllowed(target: string): Promise<void> {
  const url = new URL(target);
  if (url.protocol !== "https:") throw new TargetRefused("Webhook targets must use https.");
  const addresses = await addressesOf(url.hostname);
  if (addresses.some(isPrivateAddress)) throw new TargetRefused("Webhook targets may not resolve to private addresses.");
}

// Lets the resolver's own text through inside a sentence: it names the resolver and the host it asked.
export async function assertTargetResolves(target: string): Promise<void> {
  const { hostname } = new URL(target);
  if (isIP(hostname) !== 0) return;
  try {
    await lookup(hostname);
  } catch (failure) {
    throw new TargetRefused(hostname.endsWith(".test") ? "Test hosts are not allowed." : `Lookup failed: ${(failure as Error).message}`);
  }
}
