import { db } from "@/lib/db";
import { sentSchedulerHeader } from "@/lib/scheduler-secret";

// The helper never compares the header with anything: sending it with any value gets through.
// expect: missing-auth
export async function POST(request: Request) {
  if (!sentSchedulerHeader(request)) return new Response("Unauthorized", { status: 401 });
  await db.query("select export_all()");
  return new Response(null, { status: 204 });
}
