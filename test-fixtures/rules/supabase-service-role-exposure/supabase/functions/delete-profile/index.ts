import { createClient } from "npm:@supabase/supabase-js@2";

// expect: supabase-service-role-exposure
Deno.serve(async (req) => {
  const { profileId } = await req.json();
  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  await admin.from("profiles").delete().eq("id", profileId);
  return new Response("deleted");
});
