interface Env {
  MIRROR: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    // expect: missing-auth
    if (request.method === "POST") {
      // The copy is written here, then a new request with the same body goes upstream: this entry acts itself.
      const body = await request.text();
      await env.MIRROR.put(url.pathname, body);
      return fetch(new Request(`https://upstream.example${url.pathname}`, { method: "POST", body }));
    }
    return new Response("not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
