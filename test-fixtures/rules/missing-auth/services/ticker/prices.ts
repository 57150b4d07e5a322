export async function loadPrices(): Promise<Record<string, number>> {
  return { widget: 3 };
}
