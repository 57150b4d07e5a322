export interface Env {
  LINKS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    // expect: missing-input-validation
    const link = (await request.json()) as { slug: string; target: string };
    if (link.slug.length > 32) return new Response("slug too long", { status: 422 });
    await env.LINKS.put(link.slug, link.target);
    return Response.json({ slug: link.slug }, { status: 201 });
  },
};
