import Fastify from "fastify";
import pasteRoutes from "./routes/pastes.js";

const app = Fastify({ logger: true });

// The routes file imports nothing from fastify: this register call is what makes its function a Fastify plugin.
app.register(pasteRoutes, { prefix: "/api/pastes" });

app.listen({ port: 8080 });
