// A module Worker with its bindings: the echoed origin is checked against the env binding's list.
interface Bindings {
  SESSIONS: string;
}

export default {
  async fetch(request: Request, env: Bindings & { ALLOWED_ORIGINS?: string }): Promise<Response> {
    const headers = new Headers({ "Content-Type": "application/json" });
    const origin = request.headers.get("origin") ?? "";
    // expect: permissive-cors
    const requestOrigin = origin ?? "";
    const allowedOrigin = (env.ALLOWED_ORIGINS ?? "").split(",").includes(requestOrigin) ? requestOrigin : "";
    headers.set("Access-Control-Allow-Origin", allowedOrigin);
    headers.append("Vary", "Origin");
    headers.set("Access-Control-Allow-Credentials", "true");
    return new Response(JSON.stringify({ session: env.SESSIONS }), { headers });
  },
};
