// Forwards events downstream. The downstream key has no owner in the code around it, and API_KEY already names the
// relay's own key in this package, so the fix names the variable after this file.
export async function forwardEvent(body: string): Promise<number> {
  const response = await fetch("https://ingest.downstream.example/v1/events", {
    method: "POST",
    // expect: hardcoded-secret
    headers: { "x-api-key": "9uTElQIaM1VWtmusMvvmpXvwOvrF" },
    body,
    signal: AbortSignal.timeout(5_000),
  });
  return response.status;
}
