// One function for both methods, but it forwards what the caller sends: the POST is not a read.
async function relay(req: Request) {
  const target = new URL(new URL(req.url).pathname, "https://upstream.example.com");
  return fetch(target, { method: req.method, body: await req.text(), signal: AbortSignal.timeout(10_000) });
}

export const GET = relay;
// expect: missing-auth
export const POST = relay;
