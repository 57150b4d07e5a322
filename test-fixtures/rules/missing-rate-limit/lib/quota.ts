import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

/** Builds a sliding-window limiter; callers charge a key with `.limit(key)`. */
export const quota = (requests: number, window: `${number} m` | `${number} h`) =>
  new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(requests, window) });
