// Another process: the relay's dispatcher does not reach it.
export async function pullFeed(url: string): Promise<string> {
  // expect: missing-timeout
  const response = await fetch(url);
  return response.text();
}
