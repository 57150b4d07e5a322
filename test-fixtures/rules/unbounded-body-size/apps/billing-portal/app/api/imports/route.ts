// Both deployments run this route: a self-hosted container has no platform cap in front of it.
export async function POST(request: Request): Promise<Response> {
  // expect: unbounded-body-size
  const rows = await request.text();
  return new Response(String(rows.split("\n").length));
}
