const MAX_BYTES = 1024 * 1024;

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method === "PUT") {
      // expect: unbounded-body-size
      const blob = await request.blob();
      return new Response(String(blob.size));
    }
    // ok: unbounded-body-size -- json() is parsed, and the platform bounds it
    const event = (await request.json()) as { type: string };
    return Response.json({ type: event.type, max: MAX_BYTES });
  },
};
