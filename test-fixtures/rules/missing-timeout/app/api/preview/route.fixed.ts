// A quick preview that keeps the platform's short run time (ten seconds): the 30 s timeout is applied as usual.
export const maxDuration = 10;

export async function GET(request: Request): Promise<Response> {
  const page = new URL(request.url).searchParams.get("page") ?? "1";
  // expect: missing-timeout
  const preview = await fetch(`${process.env.RENDERER_URL}/preview?page=${encodeURIComponent(page)}`, { signal: AbortSignal.timeout(30000) });
  return Response.json(await preview.json());
}
