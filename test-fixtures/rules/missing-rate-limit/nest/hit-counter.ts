import { HttpException } from "@nestjs/common";

interface Store {
  eval(script: string, keys: number, ...args: string[]): Promise<unknown>;
  get(key: string): Promise<string | null>;
}
declare const store: Store;

// A Lua script that bumps the key and starts its window on the first hit.
const BUMP_WITH_WINDOW = `
local hits = redis.call("INCR", KEYS[1])
if tonumber(hits) == 1 then redis.call("EXPIRE", KEYS[1], ARGV[1]) end
return hits
`;

const bumpWithWindow = async (key: string, windowSeconds: number) => Number(await store.eval(BUMP_WITH_WINDOW, 1, key, String(windowSeconds)));

// Counts each attempt per key through the helper above and refuses past the budget.
export const spendAttempt = async (key: string, action: string, budget = 10, windowSeconds = 900) => {
  const hits = await bumpWithWindow(`${action}:${key}`, windowSeconds);
  if (hits > budget) throw new HttpException("slow down", 429);
};

// Only reads a counter someone else keeps: nothing here counts this request.
export const peekAttempts = async (key: string) => {
  const seen = Number(await store.get(key));
  if (seen > 100) throw new HttpException("slow down", 429);
};
