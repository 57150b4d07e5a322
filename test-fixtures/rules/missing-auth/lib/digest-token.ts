import { createHmac, timingSafeEqual } from "node:crypto";

const DIGEST_LINK_SECRET = process.env.DIGEST_LINK_SECRET ?? "";

/** The address a digest link was minted for, or null when the link was not minted with our secret. */
export function readDigestLink(link: string): string | null {
  try {
    const [encoded, mac] = link.split(".");
    if (!encoded || !mac) return null;
    const address = Buffer.from(encoded, "base64url").toString("utf8");
    const expected = createHmac("sha256", DIGEST_LINK_SECRET).update(address).digest("hex");
    if (!timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return null;
    return address;
  } catch {
    return null;
  }
}

/** The address a digest link names, decoded and trusted as it comes. */
export function decodeDigestLink(link: string): string | null {
  const [encoded] = link.split(".");
  return encoded ? Buffer.from(encoded, "base64url").toString("utf8") : null;
}
