// expect: unbounded-cache
const tokenCache: Record<string, { token: string; expiresAt: number }> = {};
// ok: unbounded-cache -- expired entries are deleted
const publicKeys: Record<string, string> = {};

export default {
  async fetch(request: Request): Promise<Response> {
    const tenant = new URL(request.url).hostname;
    tokenCache[tenant] = { token: crypto.randomUUID(), expiresAt: Date.now() + 3_600_000 };
    for (const kid of Object.keys(publicKeys)) if (kid.startsWith("old-")) delete publicKeys[kid];
    publicKeys[tenant] = "pem";
    return new Response("ok");
  },
};
