/** Parses the event text; the headers only feed a trace log. */
export async function readEvent(raw: string, headers: Record<string, string>): Promise<unknown> {
  console.debug("event headers", Object.keys(headers).length);
  return JSON.parse(raw);
}
