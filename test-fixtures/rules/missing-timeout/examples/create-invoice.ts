// Sample code for the API's users: documentation, never deployed.
export async function createInvoice(apiUrl: string, apiKey: string): Promise<unknown> {
  // ok: missing-timeout -- an examples/ folder holds sample code, not the service
  const response = await fetch(`${apiUrl}/invoices`, { method: "POST", headers: { authorization: `Bearer ${apiKey}` } });
  return response.json();
}
