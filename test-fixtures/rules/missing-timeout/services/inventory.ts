import got from "got";
import pTimeout from "p-timeout";
import { withTimeout } from "../lib/async";
import { withDeadline } from "../lib/deadline";

const warehouseUrl = "https://warehouse.example.com/api";

export async function stockLevel(sku: string) {
  // ok: missing-timeout -- withTimeout races the call against a timer
  const res = await withTimeout(fetch(`${warehouseUrl}/stock/${sku}`), 5_000);
  return (await res.json()).available as number;
}

export async function reservations(sku: string) {
  // ok: missing-timeout -- p-timeout bounds the promise
  return pTimeout(got(`${warehouseUrl}/reservations/${sku}`).json(), { milliseconds: 4_000 });
}

export async function restock(sku: string, quantity: number) {
  // ok: missing-timeout -- withDeadline is listed in timeoutWrappers (harden.config.json)
  return withDeadline(() => fetch(`${warehouseUrl}/restock`, { method: "POST", body: JSON.stringify({ sku, quantity }) }), 3_000);
}

export async function fastestMirror(path: string) {
  // Racing two requests bounds neither of them.
  return Promise.race([
    // expect: missing-timeout
    fetch(`https://eu.mirror.example.com${path}`),
    // expect: missing-timeout
    fetch(`https://us.mirror.example.com${path}`),
  ]);
}
