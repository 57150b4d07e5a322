import * as v from "npm:valibot@1";
import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!);
const TrackEvent = v.object({ name: v.pipe(v.string(), v.maxLength(64)), properties: v.record(v.string(), v.string()) });

// ok: missing-input-validation -- valibot safeParse before use
Deno.serve(async (req) => {
  const result = v.safeParse(TrackEvent, await req.json());
  if (!result.success) return new Response(JSON.stringify(result.issues), { status: 400 });
  await supabase.from("events").insert(result.output);
  return new Response(null, { status: 204 });
});
