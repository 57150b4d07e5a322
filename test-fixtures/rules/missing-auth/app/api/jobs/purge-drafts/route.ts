import { db } from "@/lib/db";
import { sentBySchedulerHeader } from "@/lib/scheduler-secret";

// ok: missing-auth -- the bearer header must equal the scheduler secret, checked by a helper of the helper
export async function DELETE(request: Request) {
  if (!sentBySchedulerHeader(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  await db.query("delete from drafts where updated_at < now() - interval '30 days'");
  return new Response(null, { status: 204 });
}
