// Every read of the assistant package goes to a client that refuses a missing value itself and names it (supabase's
// createClient, Resend, an AI SDK provider): an env module would add nothing, so the package gets no note.
import { createClient } from "@supabase/supabase-js";

export function archiveStore() {
  // ok: unvalidated-env -- createClient throws "supabaseUrl is required" / "supabaseKey is required" at once
  return createClient(process.env.ARCHIVE_DB_URL! || process.env.ARCHIVE_DB_FALLBACK_URL!, process.env.ARCHIVE_DB_KEY!);
}
