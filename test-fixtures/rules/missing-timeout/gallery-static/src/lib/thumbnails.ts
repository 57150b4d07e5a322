// Built into static files by adapter-static: this module runs in the visitor's browser, which bounds its own requests.
import { error } from "@sveltejs/kit";

export async function loadThumbnail(url: string): Promise<Blob> {
  // ok: missing-timeout -- the site is prerendered by adapter-static; this fetch runs in the browser, not on a server
  const response = await fetch(url);
  if (!response.ok) error(response.status, "thumbnail unavailable");
  return response.blob();
}
