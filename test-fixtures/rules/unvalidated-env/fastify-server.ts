import Fastify from "fastify";

const fastify = Fastify({ logger: true });

// ok: unvalidated-env -- the const is only compared with a literal: a missing mode is "not demo", which fails closed
const appMode = process.env.APP_MODE as string;
const isDemo = appMode === "demo";
// expect: unvalidated-env
const maxUploadBytes = +process.env.MAX_UPLOAD_BYTES;
// ok: unvalidated-env -- NaN is checked right after parsing
const rateLimitPerMinute = Number(process.env.RATE_LIMIT_PER_MINUTE);
if (Number.isNaN(rateLimitPerMinute)) throw new Error("RATE_LIMIT_PER_MINUTE must be a number");

fastify.get("/config", async () => ({ isDemo, maxUploadBytes, rateLimitPerMinute }));

export default fastify;
