export async function serveWithApiKey(request: Request, serve: (request: Request) => Promise<Response>): Promise<Response> {
  const key = request.headers.get("x-api-key");
  if (!key || key !== process.env.AGENT_API_KEY) {
    return new Response("unauthorized", { status: 401 });
  }
  return serve(request);
}

export function tooLarge(request: Request): Response | null {
  const length = Number(request.headers.get("content-length") ?? "0");
  return length > 1_000_000 ? new Response("too large", { status: 413 }) : null;
}

export async function serveAgent(request: Request): Promise<Response> {
  return new Response(await request.text());
}
