// Browser API client for the Vite single-page app.
// expect: hardcoded-secret
const apiSecret = import.meta.env.VITE_API_SECRET;
// ok: hardcoded-secret -- a base URL is not a secret
const apiUrl = import.meta.env.VITE_API_URL;

export async function getOrders(): Promise<unknown> {
  const response = await fetch(`${apiUrl}/orders`, { headers: { "x-api-secret": apiSecret } });
  return response.json();
}
