import { setTimeout as sleep } from "node:timers/promises";
import { randomBytes } from "crypto";

const BASE_URL = process.env.BILLING_API_URL ?? "https://billing.internal";

export async function fetchWithRetry(path: string, init: RequestInit = {}, attempts = 3): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${BASE_URL}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
    if (response.status < 500 || attempt === attempts) return response;
    // ok: timestamp-id -- retry jitter is a duration
    const delay = 2 ** attempt * 100 + Math.random() * 100;
    await sleep(delay);
  }
}

export async function fetchPriceList(): Promise<unknown> {
  // ok: timestamp-id -- a cache-busting query parameter only has to differ from the last request
  const url = `${BASE_URL}/prices.json?v=${Date.now()}`;
  const response = await fetchWithRetry(url.slice(BASE_URL.length));
  return response.json();
}

export async function notifyLedger(event: unknown): Promise<Response> {
  return fetchWithRetry("/ledger/events", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      // expect: timestamp-id
      "Idempotency-Key": randomBytes(16).toString("hex"),
    },
    body: JSON.stringify(event),
  });
}

export function shouldSample(rate = 0.1): boolean {
  // ok: timestamp-id -- sampling compares Math.random() with a rate
  return Math.random() < rate;
}

export function shuffle<T>(items: T[]): T[] {
  // ok: timestamp-id -- an unnamed comparator is not an id generator
  return [...items].sort(() => Math.random() - 0.5);
}
