import { createClient } from "npm:@supabase/supabase-js@2";
import { z } from "npm:zod";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

const sendInviteBody = z.object({ email: z.any(), teamId: z.any() });

Deno.serve(async (req) => {
  const authorization = req.headers.get("Authorization");
  if (!authorization) return new Response("unauthorized", { status: 401 });
  const parsed = sendInviteBody.safeParse(await req.json());
  if (!parsed.success) return Response.json({ error: parsed.error.flatten() }, { status: 400 });
  // expect: missing-input-validation
  const { email, teamId } = parsed.data;
  const { error } = await supabase.from("invites").insert({ email, team_id: teamId });
  if (error) return new Response(error.message, { status: 500 });
  return new Response(JSON.stringify({ invited: email }), { status: 201, headers: { "content-type": "application/json" } });
});
