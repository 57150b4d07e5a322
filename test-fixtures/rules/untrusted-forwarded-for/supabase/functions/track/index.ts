import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  // expect: untrusted-forwarded-for
  const ip = req.headers.get("x-forwarded-for") ?? "unknown";
  await supabase.from("page_views").insert({ ip, path: new URL(req.url).pathname });
  return new Response(null, { status: 204 });
});
