export async function runProbe(target: { url: string }): Promise<{ status: number }> {
  const response = await fetch(target.url, { signal: AbortSignal.timeout(5000) });
  return { status: response.status };
}
