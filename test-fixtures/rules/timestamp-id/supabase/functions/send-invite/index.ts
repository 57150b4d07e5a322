import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const { email } = await req.json();
  // expect: timestamp-id
  const inviteToken = `${Date.now()}${Math.random().toString(36).slice(2)}`;
  const { error } = await supabase.from("invites").insert({
    email,
    token: inviteToken,
    // ok: timestamp-id -- an ISO timestamp
    created_at: new Date().toISOString(),
  });
  if (error) return new Response(JSON.stringify({ error: error.message }), { status: 500 });
  return new Response(JSON.stringify({ ok: true }), { status: 201, headers: { "Content-Type": "application/json" } });
});
