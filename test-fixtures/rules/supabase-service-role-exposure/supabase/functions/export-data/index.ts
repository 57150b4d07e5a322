import { createClient } from "npm:@supabase/supabase-js@2";

// ok: supabase-service-role-exposure -- it asks who the caller is from their own JWT before reading
Deno.serve(async (req) => {
  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const jwt = req.headers.get("Authorization")?.replace("Bearer ", "") ?? "";
  const { data: { user } } = await admin.auth.getUser(jwt);
  if (!user) return new Response("unauthorized", { status: 401 });
  const { data } = await admin.from("notes").select("*").eq("user_id", user.id);
  return Response.json(data);
});
