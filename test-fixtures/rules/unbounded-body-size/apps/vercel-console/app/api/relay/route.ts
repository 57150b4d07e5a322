// This package deploys only to Vercel, whose functions refuse request bodies over 4.5 MB before the handler runs.
export async function POST(request: Request): Promise<Response> {
  // ok: unbounded-body-size -- the platform caps raw bodies at 4.5 MB, within the 10 MB raw budget
  const bytes = await request.arrayBuffer();
  return new Response(bytes.byteLength.toString());
}

export async function PUT(request: Request): Promise<Response> {
  // ok: unbounded-body-size -- the same 4.5 MB cap holds text bodies within the 10 MB budget for deliberate limits
  const text = await request.text();
  return new Response(text.length.toString());
}
