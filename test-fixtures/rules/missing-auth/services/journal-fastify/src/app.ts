// The server hands its instance to `mountScopes` through an arrow plugin that only forwards it.
import Fastify from "fastify";
import { mountScopes } from "./scopes";

const server = Fastify();
server.register((instance) => mountScopes(instance));
server.listen({ port: 4100 });
