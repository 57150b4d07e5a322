// A React hook (it keeps state and runs an effect), so it runs in the browser; no directive says so.
import { useEffect, useState } from "react";
import { fetchQuota } from "../quota-client";

export function useQuota(origin: string): unknown {
  const [quota, setQuota] = useState<unknown>(null);
  useEffect(() => {
    // ok: missing-timeout -- a hook's effect runs in the browser
    void fetch(`${origin}/api/quota/ping`);
    void fetchQuota(origin).then(setQuota);
  }, [origin]);
  return quota;
}
