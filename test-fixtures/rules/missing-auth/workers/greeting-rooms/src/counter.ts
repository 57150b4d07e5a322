// The same shape, but each request runs a write: the path alone decides what changes.
interface Env {
  DB: { prepare(sql: string): { bind(...values: unknown[]): { run(): Promise<void> } } };
}

export default {
  // expect: missing-auth
  async fetch(request: Request, env: Env): Promise<Response> {
    await env.DB.prepare("DELETE FROM visits WHERE path = ?").bind(new URL(request.url).pathname).run();
    return new Response("cleared");
  },
};
