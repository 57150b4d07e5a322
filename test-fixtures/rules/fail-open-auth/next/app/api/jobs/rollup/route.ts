import { createHmac, timingSafeEqual } from "node:crypto";

declare function rollUpUsage(): Promise<number>;

// The scheduler signs each call, but the signature is only checked on the hosted deploy: a self-hosted
// instance without the flag runs the job for whoever posts here.
export async function POST(request: Request) {
  const payload = await request.text();
  // expect: fail-open-auth
  if (process.env.HOSTED === "true") {
    const expected = createHmac("sha256", process.env.JOB_SIGNING_SECRET ?? "").update(payload).digest();
    const given = Buffer.from(request.headers.get("x-job-signature") ?? "", "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return new Response("Unauthorized", { status: 401 });
    }
  }

  const rows = await rollUpUsage();
  return Response.json({ rows });
}
