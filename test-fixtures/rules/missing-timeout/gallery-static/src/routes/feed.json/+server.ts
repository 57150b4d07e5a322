// Prerendered: adapter-static calls this once while building and writes the answer to feed.json.
export const prerender = true;

export async function GET(): Promise<Response> {
  // ok: missing-timeout -- runs during the build only, never while serving a visitor
  const upstream = await fetch("https://photos.example.com/api/latest");
  return new Response(await upstream.text(), { headers: { "content-type": "application/json" } });
}
