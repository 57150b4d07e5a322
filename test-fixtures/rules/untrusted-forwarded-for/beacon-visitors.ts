// A beacon behind one reverse proxy: the visitor's address is the hop that proxy appended, found after checking that
// the header came at all.
import Fastify, { type FastifyRequest } from "fastify";

const beacon = Fastify();

function appendedHop(request: FastifyRequest): string {
  // ok: untrusted-forwarded-for -- the presence test hands on nothing; only the right-most entry is used
  const chain = request.headers["x-forwarded-for"];
  if (chain && typeof chain === "string") {
    const hops = chain.split(",").map((hop) => hop.trim()).filter(Boolean);
    if (hops.length > 0) return hops[hops.length - 1]!;
  }
  return request.ip;
}

function claimedHop(request: FastifyRequest): string {
  // expect: untrusted-forwarded-for
  const chain = request.headers["x-forwarded-for"];
  return (chain && typeof chain === "string" && chain.split(",")[0]) || request.ip;
}

beacon.get("/pixel", async (request) => ({ seen: appendedHop(request) }));
beacon.get("/pixel-v0", async (request) => ({ seen: claimedHop(request) }));
