// A module in a scripts folder that a scheduled job of the app imports runs in production, unattended.
export async function syncPrices(): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch("https://prices.example.com/latest");
  return response.json();
}
