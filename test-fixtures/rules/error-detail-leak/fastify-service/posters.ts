export async function loadPoster(id: string): Promise<{ id: string; title: string }> {
  const response = await fetch(`https://posters.internal/v1/${id}`, { signal: AbortSignal.timeout(5000) });
  return (await response.json()) as { id: string; title: string };
}
