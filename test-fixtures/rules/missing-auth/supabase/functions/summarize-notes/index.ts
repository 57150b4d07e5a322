// Summarises the caller's notes with a paid language model. The reads run as the caller under row-level security,
// but the model call spends the project's own API key whoever calls, an anonymous caller included.
import { createClient } from "npm:@supabase/supabase-js@2";
import OpenAI from "npm:openai@4";

const llm = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") });

// expect: missing-auth
Deno.serve(async (req) => {
  const authorization = req.headers.get("Authorization")!;
  const db = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, { global: { headers: { authorization } } });
  const { question } = await req.json();
  const { data: notes } = await db.from("notes").select("body").limit(20);
  const answer = await llm.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `${question}\n\n${(notes ?? []).map((note) => note.body).join("\n")}` }],
  });
  return Response.json({ answer: answer.choices[0]?.message.content });
});
