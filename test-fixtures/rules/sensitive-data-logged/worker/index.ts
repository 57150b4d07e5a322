export default {
  async fetch(request: Request, env: { UPSTREAM_SECRET: string }): Promise<Response> {
    // expect: sensitive-data-logged
    console.log(JSON.stringify({ url: request.url, secret: env.UPSTREAM_SECRET }));
    // ok: sensitive-data-logged -- the URL only
    console.log(JSON.stringify({ url: request.url }));
    return new Response("ok");
  },
};
