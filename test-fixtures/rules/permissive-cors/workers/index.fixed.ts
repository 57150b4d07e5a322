export default {
  async fetch(request: Request, env: { ALLOWED_ORIGINS?: string }): Promise<Response> {
    const body = JSON.stringify({ ok: true });
    if (request.method === "OPTIONS") {
      const requestOrigin = request.headers.get("Origin") ?? "";
      const allowedOrigin = (env.ALLOWED_ORIGINS ?? "").split(",").includes(requestOrigin) ? requestOrigin : "";
      return new Response(null, {
        headers: {
          // expect: permissive-cors
          "Access-Control-Allow-Origin": allowedOrigin,
          Vary: "Origin",
          "Access-Control-Allow-Credentials": "true",
        },
      });
    }
    return new Response(body, {
      // ok: permissive-cors -- the app's own origin
      headers: { "Access-Control-Allow-Origin": "https://app.example.com", "Content-Type": "application/json" },
    });
  },
};
