import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const authorization = req.headers.get("Authorization");
  if (!authorization) return new Response("unauthorized", { status: 401 });
  // expect: missing-input-validation
  const { email, teamId } = await req.json();
  const { error } = await supabase.from("invites").insert({ email, team_id: teamId });
  if (error) return new Response(error.message, { status: 500 });
  return new Response(JSON.stringify({ invited: email }), { status: 201, headers: { "content-type": "application/json" } });
});
