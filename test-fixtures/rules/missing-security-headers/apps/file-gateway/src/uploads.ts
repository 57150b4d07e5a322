export async function openUpload(key: string): Promise<{ body: ReadableStream; contentType: string }> {
  return { body: new Blob([key]).stream(), contentType: "text/html" };
}
