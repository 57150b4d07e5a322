// A Worker of its own that reports the bucket's state; it needs nothing from the request, and answers anyone.
declare const UPLOAD_STATS: { count(): Promise<number> };

export default {
  // expect: missing-auth
  async fetch() {
    return new Response(JSON.stringify({ stored: await UPLOAD_STATS.count() }));
  },
};
