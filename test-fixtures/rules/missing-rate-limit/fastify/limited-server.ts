import Fastify from "fastify";
import rateLimit from "@fastify/rate-limit";
import { login, resetPassword } from "./handlers";

const app = Fastify();
await app.register(rateLimit, { max: 100, timeWindow: "1 minute" });

// ok: missing-rate-limit -- @fastify/rate-limit registered on the app limits every route
app.post("/auth/login", login);

// ok: missing-rate-limit -- also with a tighter per-route limit
app.post("/auth/reset-password", { config: { rateLimit: { max: 3, timeWindow: "1 hour" } } }, resetPassword);

await app.listen({ port: 3001 });
