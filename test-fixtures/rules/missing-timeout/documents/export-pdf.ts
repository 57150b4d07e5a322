// Server code whose own `document` (a stored record) is a parameter, not the browser's global.
interface StoredDocument {
  id: string;
  title: string;
}

export async function exportPdf(document: StoredDocument): Promise<ArrayBuffer> {
  // expect: missing-timeout
  const response = await fetch(`https://render.example.com/pdf/${document.id}`);
  return response.arrayBuffer();
}
