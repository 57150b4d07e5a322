import { createAdminClient } from "@/lib/supabase-admin";

// expect: supabase-service-role-exposure
export async function GET(request: Request) {
  const team = new URL(request.url).searchParams.get("team");
  const db = createAdminClient();
  const { data } = await db.from("invoices").select("*").eq("team_id", team);
  return Response.json(data);
}
