import { Controller, Get, Injectable, Param } from "@nestjs/common";

// expect: unbounded-cache
const quoteCache = new Map<string, number>();
// ok: unbounded-cache -- filled once at module load with known keys
const currencyNames = new Map<string, string>();
currencyNames.set("EUR", "Euro");

@Injectable()
export class RatesService {
  name(code: string) {
    return currencyNames.get(code);
  }
}

@Controller("rates")
export class RatesController {
  // The pair is whatever the client puts in the path: every new spelling adds an entry.
  @Get(":pair")
  quote(@Param("pair") pair: string): number {
    const cached = quoteCache.get(pair);
    if (cached !== undefined) return cached;
    const rate = Math.random();
    quoteCache.set(pair, rate);
    return rate;
  }
}

// ok: unbounded-cache -- a local map lives as long as the call
export function groupByCurrency(pairs: string[]) {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) groups.set(pair.slice(0, 3), [pair]);
  return groups;
}
