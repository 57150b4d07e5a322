// A module Worker with its bindings: the echoed origin is checked against the env binding's list.
interface Bindings {
  SESSIONS: string;
}

export default {
  async fetch(request: Request, env: Bindings & { ALLOWED_ORIGINS?: string }): Promise<Response> {
    const headers = new Headers({ "Content-Type": "application/json" });
    const origin = request.headers.get("origin") ?? "";
    // expect: permissive-cors
    headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Allow-Credentials", "true");
    return new Response(JSON.stringify({ session: env.SESSIONS }), { headers });
  },
};
