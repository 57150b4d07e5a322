import { jobSignatures } from "@/lib/job-signatures";
import { db } from "@/lib/db";

// ok: missing-auth -- the scheduler's signature is checked; that a deploy setting can skip the check is fail-open-auth's finding
export async function POST(request: Request) {
  const body = await request.json();
  if (process.env.SIGNED_JOBS === "on") {
    const signed = await jobSignatures.verify({ signature: request.headers.get("x-job-signature") ?? "", body: JSON.stringify(body) });
    if (!signed) return new Response("Unauthorized", { status: 401 });
  }
  await db.query("refresh materialized view search_index");
  return new Response(null, { status: 204 });
}
