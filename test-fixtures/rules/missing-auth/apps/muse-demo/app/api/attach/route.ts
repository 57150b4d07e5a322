// Stores whatever is posted. The 401 below is about the deploy's missing setting, not about who is calling.
const attachments = new Map<string, string>();

// expect: missing-auth
export async function POST(req: Request) {
  if (!process.env.ATTACHMENT_STORE_TOKEN) {
    return new Response("Set ATTACHMENT_STORE_TOKEN first", { status: 401 });
  }
  attachments.set(crypto.randomUUID(), await req.text());
  return new Response(null, { status: 201 });
}
