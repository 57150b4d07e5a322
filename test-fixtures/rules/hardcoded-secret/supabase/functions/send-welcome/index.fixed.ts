// Edge function: sends the welcome email after sign-up, with service-role access to the profiles table.
import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  // expect: hardcoded-secret
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") || (() => { throw new Error("SUPABASE_SERVICE_ROLE_KEY is not set"); })(),
);

// ok: hardcoded-secret -- the anon key is public by design (row-level security protects the data)
const publicClient = createClient(
  Deno.env.get("SUPABASE_URL")!,
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6aHR3bWJrY252cnBsZnh5ZG9lIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTgwMDAwMDAsImV4cCI6MjAzMzU3NjAwMH0.mV-zL-q8-Weu4Jo-HUsdpbukXo5_N92LL3jWPcg1ZlL",
);

// expect: hardcoded-secret
const resendApiKey = "re_0QfasiRr_CAxuIANPfSwo0rTQVKaM5oKd";

Deno.serve(async (req) => {
  const { userId } = await req.json();
  const { data: profile } = await supabase.from("profiles").select("email").eq("id", userId).single();
  await publicClient.from("events").insert({ type: "welcome", userId });
  await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${resendApiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ to: profile?.email, subject: "Welcome!" }),
    signal: AbortSignal.timeout(10_000),
  });
  return new Response("sent");
});
