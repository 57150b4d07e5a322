import type { NextApiRequest, NextApiResponse } from "next";
import { redis } from "./redis";

/** Allows 5 requests per minute per address; answers 429 beyond that. */
export async function limitByIp(req: NextApiRequest, res: NextApiResponse): Promise<boolean> {
  const key = `contact:${req.socket.remoteAddress}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, 60);
  if (count > 5) {
    res.status(429).json({ error: "Too many requests" });
    return false;
  }
  return true;
}
