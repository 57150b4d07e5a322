import { serve } from "https://deno.land/std@0.168.0/http/server.ts";

const corsHeaders = {
  // ok: permissive-cors -- the function takes its token in the Authorization header, and `*` carries no cookies
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const { email } = await req.json();
  return new Response(JSON.stringify({ invited: email }), { headers: { ...corsHeaders, "Content-Type": "application/json" } });
});
