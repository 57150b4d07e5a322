// A key pasted into source in a package whose env template is `.env.template`: the fix names the variable there
// rather than starting a second template beside it.
export async function forwardEvent(event: object) {
  // expect: hardcoded-secret
  const relayKey = "rk_live_9fK2mQx7Lw3NvB8pZt4Hc6Yd1Ra5Gs0J";
  return fetch("https://relay.example.net/v1/events", {
    method: "POST",
    headers: { authorization: `Bearer ${relayKey}` },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(5_000),
  });
}
