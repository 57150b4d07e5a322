// The SDK's batch forwarder, which the server's ingest route also uses: there it runs on a request.
export async function forwardBatch(upstream: string, events: unknown[]): Promise<number> {
  // expect: missing-timeout
  const response = await fetch(`${upstream}/batch`, { method: "POST", body: JSON.stringify(events) });
  return response.status;
}
