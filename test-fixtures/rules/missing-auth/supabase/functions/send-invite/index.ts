import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

// expect: missing-auth
Deno.serve(async (req) => {
  const { email, teamId } = await req.json();
  const { error } = await supabase.auth.admin.inviteUserByEmail(email, { data: { teamId } });
  return new Response(JSON.stringify({ ok: !error }), { status: error ? 400 : 200, headers: { "Content-Type": "application/json" } });
});
