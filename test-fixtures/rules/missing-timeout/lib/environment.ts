// Runs on both sides: it asks whether `window` exists before touching it, so it is not browser-only code.
export const isBrowser = typeof window !== "undefined";

export async function fetchFeatureFlags(): Promise<unknown> {
  const base = isBrowser ? window.location.origin : "https://flags.example.com";
  // expect: missing-timeout
  const response = await fetch(`${base}/v1/flags`);
  return response.json();
}
