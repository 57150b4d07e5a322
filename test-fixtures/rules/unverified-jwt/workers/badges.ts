import { decodeJwt } from "jose";

interface BadgeBindings {
  BADGES: KVNamespace;
}

export default {
  async fetch(request: Request, env: BadgeBindings): Promise<Response> {
    // expect: unverified-jwt
    const { sub } = decodeJwt(request.headers.get("X-Badge-Token") ?? "");
    return new Response(await env.BADGES.get(`badge:${String(sub)}`));
  },
};
