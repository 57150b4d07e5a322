import { Injectable } from "@nestjs/common";

// expect: unbounded-cache
const quoteCache = new Map<string, number>();
// ok: unbounded-cache -- filled once at module load with known keys
const currencyNames = new Map<string, string>();
currencyNames.set("EUR", "Euro");

@Injectable()
export class RatesService {
  quote(pair: string): number {
    const cached = quoteCache.get(pair);
    if (cached !== undefined) return cached;
    const rate = Math.random();
    quoteCache.set(pair, rate);
    return rate;
  }

  name(code: string) {
    return currencyNames.get(code);
  }
}

// ok: unbounded-cache -- a local map lives as long as the call
export function groupByCurrency(pairs: string[]) {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) groups.set(pair.slice(0, 3), [pair]);
  return groups;
}
