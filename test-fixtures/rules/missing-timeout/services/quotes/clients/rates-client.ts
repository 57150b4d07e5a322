export async function fetchRate(currency: string): Promise<number> {
  // expect: missing-timeout
  const response = await fetch(`https://rates.example.com/latest/${currency}`);
  return ((await response.json()) as { rate: number }).rate;
}
