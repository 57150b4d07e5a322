"use client";
import { createClient } from "@supabase/supabase-js";
import { useMemo } from "react";

export function SettingsForm({ url, config }: { url: string; config: { serviceRoleKey: string } }) {
  // expect: supabase-service-role-exposure browserClient
  const client = useMemo(() => createClient(url, config.serviceRoleKey), [url, config]);
  return <form onSubmit={() => client.from("settings").select()} />;
}
