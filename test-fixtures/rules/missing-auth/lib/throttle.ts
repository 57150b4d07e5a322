import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

/** A sliding-window limiter per key; `limit(key)` counts one hit and says whether the key is still within budget. */
export const guestThrottle = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, "1 m") });
