// A project limiter over rate-limiter-flexible: the factory charges each request through `charge`, which throws.
import type { Context, Next } from "koa";
import { RateLimiterMemory } from "rate-limiter-flexible";

class RateLimitExceededError extends Error {}

const limiters = new Map<string, RateLimiterMemory>();

async function charge(key: string, limiter: RateLimiterMemory) {
  try {
    await limiter.consume(key);
  } catch {
    throw new RateLimitExceededError("slow down");
  }
}

export function perRouteLimit(points: number) {
  return async function limitRequests(ctx: Context, next: Next) {
    const limiter = limiters.get(ctx.path) ?? new RateLimiterMemory({ points, duration: 3600 });
    limiters.set(ctx.path, limiter);
    await charge(`${ctx.path}:${ctx.ip}`, limiter);
    return next();
  };
}
