// An artifact store that hands presigned downloads to its callers: `openArtifact` returns the response with its body
// unread, and the route that serves an app bundle streams that body to the device. A 30-second abort signal added
// inside `openArtifact` would keep counting while the caller streams, cutting large bundles off, so its timeout is
// only offered (findings.snap: "fix suggestion"). `readManifest` reads its small body whole before returning, so the
// timeout is applied there.
export async function openArtifact(signedUrl: string): Promise<Response | null> {
  // expect: missing-timeout
  const response = await fetch(signedUrl);
  if (!response.ok) return null;
  return response;
}

export async function readManifest(signedUrl: string): Promise<{ files: string[] }> {
  // expect: missing-timeout
  const response = await fetch(signedUrl);
  return (await response.json()) as { files: string[] };
}

export async function serveBundle(signedUrl: string): Promise<Response> {
  const artifact = await openArtifact(signedUrl);
  if (!artifact?.body) return new Response("not found", { status: 404 });
  return new Response(artifact.body, { headers: { "content-type": "application/zip" } });
}
