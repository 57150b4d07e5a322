// Fetches a document from a partner mirror and hands back the response with how the fetch went.
export async function fetchFromMirror(address: string): Promise<{ failure: string | null; reply: Response | null }> {
  let reply: Response;
  try {
    reply = await fetch(address, { signal: AbortSignal.timeout(5000) });
  } catch {
    return { failure: "mirror unreachable", reply: null };
  }
  return { failure: null, reply };
}

// Reads an upload out of a multipart request: what comes back is what the client sent.
export async function uploadedPart(request: Request): Promise<File | null> {
  const form = await request.formData();
  const part = form.get("attachment");
  return part instanceof File ? part : null;
}
