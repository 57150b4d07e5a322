import { createAdminClient } from "@/lib/supabase-admin";

// ok: supabase-service-role-exposure -- a scheduled job's path: operators and the scheduler call it, not users
export async function GET(request: Request) {
  const before = new URL(request.url).searchParams.get("before") ?? "";
  await createAdminClient().from("sessions").delete().lt("expires_at", before);
  return Response.json({ ok: true });
}
