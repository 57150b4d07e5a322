// Production code uses the same barrel: the client is runtime code.
import { fetchRate } from "./clients";

export async function quote(amount: number, currency: string): Promise<number> {
  return amount * (await fetchRate(currency));
}
