// The service's one limiter, built here and handed out as the module's default export.
import ratelimit from "koa-ratelimit";

export default ratelimit({ driver: "memory", db: new Map(), duration: 60_000, max: 120, id: (ctx) => ctx.ip });
