import * as jose from "jose";

interface Env {
  JWT_SECRET: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const token = request.headers.get("Authorization")?.slice(7) ?? "";
    // expect: unverified-jwt
    const claims = jose.decodeJwt(token);
    if (claims.role !== "admin") return new Response("Forbidden", { status: 403 });
    return new Response("admin area");
  },
};

export async function verifiedRole(request: Request, env: Env): Promise<string> {
  const token = request.headers.get("Authorization")?.slice(7) ?? "";
  // ok: unverified-jwt -- the key comes from the environment binding
  const { payload } = await jose.jwtVerify(token, new TextEncoder().encode(env.JWT_SECRET), { algorithms: ["HS256"] });
  return String(payload.role);
}
