// A project fetch wrapper whose timeout is optional: the signal is spread in only when a caller passes one.
export async function callUpstream(url: string, body: unknown, timeoutMs?: number): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(url, {
    method: "POST",
    body: JSON.stringify(body),
    ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
  });
  return response.json();
}

export async function callUpstreamBounded(url: string, timeoutMs = 10_000): Promise<unknown> {
  // ok: missing-timeout -- both branches of the conditional spread set a signal
  const response = await fetch(url, { ...(timeoutMs > 0 ? { signal: AbortSignal.timeout(timeoutMs) } : { signal: AbortSignal.timeout(30_000) }) });
  return response.json();
}

export async function callUpstreamWithOptions(url: string, init: RequestInit): Promise<unknown> {
  // ok: missing-timeout -- a branch spreads options Harden cannot see, which may hold the signal
  const response = await fetch(url, { ...(init.method ? init : {}) });
  return response.json();
}
