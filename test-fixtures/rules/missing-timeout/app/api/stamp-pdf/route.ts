// Stamps every page of an uploaded PDF through the renderer service, which can take minutes for a long document: the
// route raises its own run time to five minutes, so a 30 s abort on the renderer call is only offered.
export const maxDuration = 300;

export async function POST(request: Request): Promise<Response> {
  const { fileUrl, pages } = (await request.json()) as { fileUrl: string; pages: number };
  // expect: missing-timeout
  const stamped = await fetch(`${process.env.RENDERER_URL}/stamp`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ fileUrl, pages }),
  });
  const { resultUrl } = (await stamped.json()) as { resultUrl: string };
  return Response.json({ resultUrl });
}
