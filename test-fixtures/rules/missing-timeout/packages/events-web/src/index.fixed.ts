// The same call in a package no React Native app depends on: AbortSignal.timeout is applied.
export async function sendPageView(endpoint: string, path: string): Promise<void> {
  // expect: missing-timeout
  await fetch(`${endpoint}/views`, { method: "POST", body: JSON.stringify({ path }), signal: AbortSignal.timeout(30000) });
}
