import { decodeJwt } from "jose";

interface Bindings {
  REPORTS: KVNamespace;
  AUTH_SECRET: string;
}

export default {
  async fetch(request: Request, env: Bindings): Promise<Response> {
    const bearer = request.headers.get("Authorization")?.replace("Bearer ", "") ?? "";
    // expect: unverified-jwt
    const { team } = decodeJwt(bearer);
    const report = await env.REPORTS.get(`report:${String(team)}`);
    if (!report) return new Response("Not found", { status: 404 });
    return new Response(report);
  },
};
