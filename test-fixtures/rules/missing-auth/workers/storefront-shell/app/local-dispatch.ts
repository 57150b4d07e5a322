// A project function that happens to be called like a dispatcher: it writes, so the entry is a route of its own.
declare const CARTS: { put(key: string, value: string): Promise<void> };

async function storeCart(request: Request): Promise<Response> {
  await CARTS.put(new URL(request.url).searchParams.get("id") ?? "anon", await request.text());
  return new Response("saved");
}

export default {
  // expect: missing-auth
  async fetch(request: Request) {
    return storeCart(request);
  },
};
