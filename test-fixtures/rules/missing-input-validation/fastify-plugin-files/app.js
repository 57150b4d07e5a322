import fastify from "fastify";
import bookmarkRoutes from "./routes/bookmarks.js";

const server = fastify();
// bookmarks.js names no framework; registered here, its function is a Fastify plugin and its routes Fastify routes.
server.register(bookmarkRoutes, { prefix: "/bookmarks" });
server.listen({ port: 4010 });
