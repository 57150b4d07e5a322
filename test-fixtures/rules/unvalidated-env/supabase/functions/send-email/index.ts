import { serve } from "https://deno.land/std@0.168.0/http/server.ts";

serve(async (req) => {
  // expect: unvalidated-env
  const resendKey = Deno.env.get("RESEND_API_KEY")!;
  // ok: unvalidated-env -- Deno.env.get with a default
  const from = Deno.env.get("MAIL_FROM") ?? "noreply@example.com";
  const { to } = await req.json();
  const response = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${resendKey}` },
    body: JSON.stringify({ from, to }),
    signal: AbortSignal.timeout(10_000),
  });
  return new Response(null, { status: response.status });
});

// ok: unvalidated-env -- Supabase sets its own URL and keys in every edge function
export const supabaseUrl = Deno.env.get("SUPABASE_URL")!;
