export async function openStoredFile(id: string): Promise<{ id: string; type: string; stream: ReadableStream }> {
  return { id, type: "application/pdf", stream: new Blob([id]).stream() };
}
