import Fastify from "fastify";
import crateRoutes from "./routes/crates";

const server = Fastify();
server.register(crateRoutes, { prefix: "/v1" });
server.listen({ port: 3000 });
