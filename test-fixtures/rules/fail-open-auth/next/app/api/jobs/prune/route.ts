import { createHmac, timingSafeEqual } from "node:crypto";

declare function pruneSessions(): Promise<number>;

// The flag only turns on extra logging; the signature is checked on every deploy.
export async function POST(request: Request) {
  const payload = await request.text();
  // ok: fail-open-auth -- the branch only logs, the check below always runs
  if (process.env.JOB_DEBUG === "1") {
    console.info("prune requested", payload.length);
  }
  const expected = createHmac("sha256", process.env.JOB_SIGNING_SECRET ?? "").update(payload).digest();
  const given = Buffer.from(request.headers.get("x-job-signature") ?? "", "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return new Response("Unauthorized", { status: 401 });
  }

  const removed = await pruneSessions();
  return Response.json({ removed });
}
