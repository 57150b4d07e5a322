// Adds tags to the caller's notes. The client is built with the public anon key and the caller's own Authorization
// header, so row-level security decides which notes the caller may read and change; an anonymous caller finds none.
import { createClient } from "npm:@supabase/supabase-js@2";

const projectUrl = Deno.env.get("SUPABASE_URL")!;
const anonKey = Deno.env.get("SUPABASE_ANON_KEY")!;

// ok: missing-auth -- every query runs as the caller under row-level security; the function holds no secret of its own
Deno.serve(async (req) => {
  const bearer = req.headers.get("Authorization");
  const db = createClient(projectUrl, anonKey, { global: { headers: { Authorization: bearer ?? "" } } });
  const { noteIds, tag } = await req.json();
  const { data: notes } = await db.from("notes").select("id, tags").in("id", noteIds);
  for (const note of notes ?? []) {
    await db.from("notes").update({ tags: [...note.tags, tag] }).eq("id", note.id);
  }
  return new Response(null, { status: 204 });
});
