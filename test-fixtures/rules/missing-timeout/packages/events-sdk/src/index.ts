// An events SDK that a React Native package of the workspace re-exports: React Native has no AbortSignal.timeout, so
// the bound is offered for a person to write with an AbortController, never applied.
export async function sendEvent(endpoint: string, name: string): Promise<void> {
  // expect: missing-timeout
  await fetch(`${endpoint}/events`, { method: "POST", body: JSON.stringify({ name }) });
}
