// A helper that posts to the page's own origin.
export async function uploadAvatar(file: Blob): Promise<boolean> {
  // ok: missing-timeout -- a root-relative URL only resolves in a browser; a server-side fetch would reject it
  const response = await fetch("/api/avatar", { method: "POST", body: file });
  return response.ok;
}

export async function mirrorAvatar(origin: string, file: Blob): Promise<boolean> {
  // expect: missing-timeout
  const response = await fetch(`${origin}/api/avatar`, { method: "POST", body: file });
  return response.ok;
}
