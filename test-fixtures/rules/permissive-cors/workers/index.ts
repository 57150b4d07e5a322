export default {
  async fetch(request: Request): Promise<Response> {
    const body = JSON.stringify({ ok: true });
    if (request.method === "OPTIONS") {
      return new Response(null, {
        headers: {
          // expect: permissive-cors
          "Access-Control-Allow-Origin": request.headers.get("Origin") ?? "*",
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
