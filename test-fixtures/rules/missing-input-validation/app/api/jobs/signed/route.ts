declare const jobSignatures: { verify(input: { signature: string; body: string }): Promise<boolean> };
declare function compactLogs(): Promise<void>;

export async function POST(request: Request) {
  // ok: missing-input-validation -- the body is only serialised again for the scheduler's signature check
  const body = await request.json();
  const signed = await jobSignatures.verify({ signature: request.headers.get("x-job-signature") ?? "", body: JSON.stringify(body) });
  if (!signed) return new Response("Unauthorized", { status: 401 });
  await compactLogs();
  return new Response(null, { status: 204 });
}
