// Fires a burst of enrolments at a local portal to measure how it holds up.
export async function burst(baseUrl: string, count: number): Promise<number[]> {
  const started = Date.now();
  const timings: number[] = [];
  for (let index = 0; index < count; index++) {
    // ok: missing-timeout -- a load test's own requests, never a server path
    await fetch(`${baseUrl}/api/enrolments`, { method: "POST" });
    timings.push(Date.now() - started);
  }
  return timings;
}
