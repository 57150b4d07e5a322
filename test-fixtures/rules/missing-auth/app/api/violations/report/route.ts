// ok: missing-auth -- the browser's violation report is read and dropped: the answer is fixed and nothing changes
export async function POST(request: Request) {
  const report = await request.json();
  void report;
  return Response.json({ received: true });
}
