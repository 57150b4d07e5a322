import { db } from "@/lib/db";
import { carriesSchedulerSecret } from "@/lib/scheduler-secret";

// ok: missing-auth -- the helper answers whether the body's secret equals the scheduler secret, compared in constant time
export async function POST(request: Request) {
  if (!(await carriesSchedulerSecret(request))) {
    console.warn("refused a digest run");
    return new Response("Unauthorized", { status: 401 });
  }
  await db.query("select send_due_digests()");
  return new Response(null, { status: 204 });
}
