// Imported only by a React hook, so it is browser code too.
export async function fetchQuota(origin: string): Promise<unknown> {
  // ok: missing-timeout -- its only importer is a hook that runs in the browser
  const response = await fetch(`${origin}/api/quota`);
  return response.json();
}
