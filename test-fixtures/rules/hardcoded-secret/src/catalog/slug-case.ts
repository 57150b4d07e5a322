// Slugs are stored lower-case; a mixed-case slug is kept reversible by XOR-ing it with a fixed pad.
// ok: hardcoded-secret -- read only character by character, as the pad of a reversible encoding; it is sent nowhere
const CASE_PAD_SECRET = "c4e81f2a9b07d35e6f1a48c2b9d07e35";

export function encodeSlug(slug: string): string {
  let out = "";
  for (let i = 0; i < slug.length; i++) {
    out += String.fromCharCode(slug.charCodeAt(i) ^ CASE_PAD_SECRET.charCodeAt(i % CASE_PAD_SECRET.length));
  }
  return Buffer.from(out).toString("base64url");
}

// expect: hardcoded-secret
const PARTNER_SECRET = "7d1f0a9c3e5b48f2a6c0d7e91b34f58a";

export function signedSlug(slug: string): { slug: string; headers: Record<string, string> } {
  const mask = PARTNER_SECRET.charCodeAt(0);
  return { slug: slug + mask, headers: { "x-partner-secret": PARTNER_SECRET } };
}
