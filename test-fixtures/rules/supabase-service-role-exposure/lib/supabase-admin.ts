import { createClient } from "@supabase/supabase-js";

// ok: supabase-service-role-exposure -- server-only module: the key stays on the server
export const supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

const secretKey = process.env.SUPABASE_SECRET_KEY!;

export function createAdminClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, secretKey, { auth: { persistSession: false } });
}
