import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

// expect: missing-rate-limit
Deno.serve(async (req) => {
  const { phone } = await req.json();
  const { error } = await supabase.auth.signInWithOtp({ phone });
  return Response.json({ ok: !error });
});
