import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

// ok: missing-auth -- supabase.auth.getUser checks the caller's JWT before anything is deleted
Deno.serve(async (req) => {
  const { data, error } = await supabase.auth.getUser(req.headers.get("Authorization")?.replace("Bearer ", ""));
  if (error || !data.user) return new Response("unauthorized", { status: 401 });
  await supabase.auth.admin.deleteUser(data.user.id);
  return new Response(null, { status: 204 });
});
