// The same call in a script with no test framework is production tooling that runs unattended.
export async function syncPrices(): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch("https://prices.example.com/latest");
  return response.json();
}
