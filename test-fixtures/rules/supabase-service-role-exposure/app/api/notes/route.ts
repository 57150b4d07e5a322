import { supabaseAdmin } from "@/lib/supabase-admin";

// expect: supabase-service-role-exposure unscopedHandler
export async function DELETE(request: Request) {
  const { id } = await request.json();
  await supabaseAdmin.from("notes").delete().eq("id", id);
  return new Response(null, { status: 204 });
}
