// The same site on adapter-node: a Node server answers each request, so this fetch holds a visitor's request.
import { error } from "@sveltejs/kit";

export async function loadThumbnail(url: string): Promise<Blob> {
  // expect: missing-timeout
  const response = await fetch(url);
  if (!response.ok) error(response.status, "thumbnail unavailable");
  return response.blob();
}
