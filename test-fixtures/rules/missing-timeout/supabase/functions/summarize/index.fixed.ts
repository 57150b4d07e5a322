import { createClient } from "jsr:@supabase/supabase-js@2";

const openAiKey = Deno.env.get("OPENAI_API_KEY")!;
const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const { documentId } = await req.json();
  const { data: doc } = await supabase.from("documents").select("body").eq("id", documentId).single();

  // expect: missing-timeout
  const completion = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${openAiKey}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Summarize:\n${doc?.body}` }],
    }),
    signal: AbortSignal.timeout(30000),
  });
  const summary = (await completion.json()).choices[0].message.content;
  await supabase.from("documents").update({ summary }).eq("id", documentId);
  return new Response(JSON.stringify({ summary }), { headers: { "Content-Type": "application/json" } });
});
