import { createHmac, timingSafeEqual } from "node:crypto";

declare function compactLogs(): Promise<number>;

// Same split as the reindex job, but the self-hosted path forgot its check: without the flag anyone runs the job.
export async function POST(request: Request) {
  const payload = await request.text();
  // expect: fail-open-auth
  if (process.env.HOSTED === "true") {
    const expected = createHmac("sha256", process.env.JOB_SIGNING_SECRET ?? "").update(payload).digest();
    const given = Buffer.from(request.headers.get("x-job-signature") ?? "", "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return new Response("Unauthorized", { status: 401 });
    }
    return Response.json({ rows: await compactLogs() });
  }
  return Response.json({ rows: await compactLogs() });
}
