import { createClient } from "npm:@supabase/supabase-js@2";

Deno.serve(async (req) => {
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
    global: { headers: { Authorization: req.headers.get("Authorization")! } },
  });
  const url = new URL(req.url);
  if (url.pathname.endsWith("/archive")) {
    // ok: missing-input-validation -- the only field is compared with a column as one bound filter value
    const { noteId } = await req.json();
    const { data: note } = await supabase.from("notes").select("id, title").eq("id", noteId).single();
    if (!note) return new Response("not found", { status: 404 });
    await supabase.from("notes").update({ archived: true }).eq("id", note.id);
    return new Response(null, { status: 204 });
  }
  // The filter value is bound, but the same field is also written as the note's title unchecked.
  // expect: missing-input-validation
  const { noteId, title } = await req.json();
  await supabase.from("notes").update({ title }).eq("id", noteId);
  return new Response(null, { status: 204 });
});
