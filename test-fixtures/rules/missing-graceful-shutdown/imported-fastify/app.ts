import Fastify from "fastify";

export const app = Fastify();
app.get("/stock", async () => ({ items: 0 }));
