import { createClient } from "@supabase/supabase-js";
import { supabaseAdmin } from "@/lib/supabase-admin";

// ok: supabase-service-role-exposure -- the caller's token is verified and the update is scoped to them
export async function PATCH(request: Request) {
  const token = request.headers.get("authorization")?.replace("Bearer ", "") ?? "";
  const anon = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);
  const { data } = await anon.auth.getUser(token);
  if (!data.user) return new Response("unauthorized", { status: 401 });
  const body = await request.json();
  await supabaseAdmin.from("profiles").update({ bio: body.bio }).eq("user_id", data.user.id);
  return Response.json({ ok: true });
}
