import { createClient } from "@supabase/supabase-js";

export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  // expect: supabase-service-role-exposure publicVariable
  import.meta.env.VITE_SUPABASE_SERVICE_KEY,
);
