// A Worker that answers per path and reads nothing else of the request: a POST gets what a GET gets.
interface Env {
  ROOMS: { idFromName(name: string): string; get(id: string): { greet(): Promise<string> } };
  DB: { prepare(sql: string): { all(): Promise<{ results: unknown[] }> } };
}

export default {
  // ok: missing-auth -- reads only the URL, asks a Durable Object for a greeting and a few rows, changes nothing
  async fetch(request: Request, env: Env): Promise<Response> {
    const room = env.ROOMS.get(env.ROOMS.idFromName(new URL(request.url).pathname));
    const { results } = await env.DB.prepare("SELECT body FROM notices LIMIT 3").all();
    return Response.json({ greeting: await room.greet(), notices: results });
  },
};
