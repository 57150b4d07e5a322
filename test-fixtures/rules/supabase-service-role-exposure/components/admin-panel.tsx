"use client";
import { createClient } from "@supabase/supabase-js";
import { useState } from "react";

export function AdminPanel({ url }: { url: string }) {
  const [rows, setRows] = useState<unknown[]>([]);
  // expect: supabase-service-role-exposure browserRead
  const client = createClient(url, process.env.SUPABASE_SERVICE_ROLE_KEY!);
  return <button onClick={async () => setRows((await client.from("users").select()).data ?? [])}>{rows.length}</button>;
}
