import { db } from "@/lib/db";
import { mentionsSchedulerSecret } from "@/lib/scheduler-secret";

// A substring test admits any body that contains the secret's text, or an empty one when the setting is unset.
// expect: missing-auth
export async function POST(request: Request) {
  if (!(await mentionsSchedulerSecret(request))) return new Response("Unauthorized", { status: 401 });
  await db.query("vacuum");
  return new Response(null, { status: 204 });
}
