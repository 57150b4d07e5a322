import Fastify from "fastify";

const fastify = Fastify({ logger: true });

// expect: unvalidated-env
const redisUrl = process.env.REDIS_URL as string;
// expect: unvalidated-env
const maxUploadBytes = +process.env.MAX_UPLOAD_BYTES;
// ok: unvalidated-env -- NaN is checked right after parsing
const rateLimitPerMinute = Number(process.env.RATE_LIMIT_PER_MINUTE);
if (Number.isNaN(rateLimitPerMinute)) throw new Error("RATE_LIMIT_PER_MINUTE must be a number");

fastify.get("/config", async () => ({ redisUrl: redisUrl.length > 0, maxUploadBytes, rateLimitPerMinute }));

export default fastify;
