// Autoloaded onto the app: @fastify/rate-limit then limits every route the app autoloads.
import fastifyRateLimit from "@fastify/rate-limit";

export const autoConfig = { max: 100, timeWindow: "1 minute" };

export default fastifyRateLimit;
