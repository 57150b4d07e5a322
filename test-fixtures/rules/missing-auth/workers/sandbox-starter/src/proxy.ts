// A Worker that takes the request and answers it: the runtime serves it.
declare const NOTES: { put(key: string, value: string): Promise<void> };

export default {
  // expect: missing-auth
  async fetch(request: Request) {
    await NOTES.put(new URL(request.url).pathname, await request.text());
    return new Response(JSON.stringify({ ok: true }));
  },
};
