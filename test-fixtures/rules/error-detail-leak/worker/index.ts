export default {
  async fetch(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      return await fetch(`https://origin.example.com${url.pathname}`, { signal: AbortSignal.timeout(10_000) });
    } catch (err) {
      if (request.headers.get("x-debug") === "1" && (globalThis as { DEBUG?: boolean }).DEBUG) {
        // ok: error-detail-leak -- behind a debug flag
        return new Response((err as Error).stack, { status: 502 });
      }
      // expect: error-detail-leak
      return new Response(`Upstream error: ${(err as Error).message}`, { status: 502 });
    }
  },
};
