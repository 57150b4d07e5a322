const crypto = require("crypto");
const { redis } = require("./redis");

const SESSION_TTL_SECONDS = 60 * 60 * 24;

function createSessionToken() {
  // expect: timestamp-id
  return crypto.randomBytes(16).toString("hex");
}

class SessionStore {
  async create(userId) {
    const token = createSessionToken();
    // ok: timestamp-id -- an expiry is a time value
    const expiresAt = Date.now() + SESSION_TTL_SECONDS * 1000;
    await redis.set(`session:${token}`, JSON.stringify({ userId, expiresAt }), "EX", SESSION_TTL_SECONDS);
    return token;
  }

  async rotateCsrf(session) {
    // expect: timestamp-id
    session.csrfToken = crypto.randomBytes(16).toString("hex");
    await redis.set(`session:${session.token}`, JSON.stringify(session), "KEEPTTL");
  }

  fingerprint(session) {
    return crypto.createHash("sha256").update(session.token).digest("hex");
  }
}

async function isRateLimited(ip) {
  // ok: timestamp-id -- a rate-limit window: the clock divided into buckets is a time value
  const key = `ratelimit:${ip}:${Math.floor(Date.now() / 60000)}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, 60);
  return count > 100;
}

async function enqueueEmail(to, template) {
  // expect: timestamp-id
  await redis.hset(`job:email:${crypto.randomBytes(16).toString("hex")}`, { to, template, attempts: 0 });
  // ok: timestamp-id -- a score in a sorted set orders by time
  await redis.zadd("jobs:pending", Date.now(), to);
}

module.exports = { SessionStore, createSessionToken, isRateLimited, enqueueEmail };
