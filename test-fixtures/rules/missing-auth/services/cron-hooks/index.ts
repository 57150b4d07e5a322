import { Hono } from "hono";
import { purgeCache, rotateKeys } from "./handlers";

export const cron = new Hono();

// ok: missing-auth -- the imported handler compares the Authorization header with the scheduler's token and answers 401 first
cron.post("/rotate-keys", rotateKeys);

// expect: missing-auth
cron.post("/purge-cache", purgeCache);

export default cron;
