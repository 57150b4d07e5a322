import { fetchRate } from "./clients";

export async function ratesAnswer(): Promise<boolean> {
  return (await fetchRate("EUR")) > 0;
}
