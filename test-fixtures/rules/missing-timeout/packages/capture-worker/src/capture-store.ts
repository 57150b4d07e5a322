export async function loadCapture(id: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`https://captures.example.com/v1/${encodeURIComponent(id)}`);
  return response.json();
}
