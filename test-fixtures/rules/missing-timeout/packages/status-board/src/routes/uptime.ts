// The route the probe test exercises: production code, whatever the coverage settings name.
export async function readUpstreamUptime(baseUrl: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`${baseUrl}/uptime`);
  return response.json();
}
