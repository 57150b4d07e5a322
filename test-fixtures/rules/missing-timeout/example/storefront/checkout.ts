// A demo storefront kept beside the service to show the tracking calls in use: a top-level example/ folder, never deployed.
export async function recordCheckout(trackerUrl: string, cartId: string): Promise<void> {
  // ok: missing-timeout -- sample code in an example/ folder, not the service
  await fetch(`${trackerUrl}/events`, { method: "POST", body: JSON.stringify({ name: "checkout", cartId }) });
}
