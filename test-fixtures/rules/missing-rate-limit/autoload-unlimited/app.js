import Fastify from "fastify";
import autoload from "@fastify/autoload";
import path from "node:path";

export async function build() {
  const app = Fastify();
  app.register(autoload, { dir: path.join(import.meta.dirname, "routes") });
  // Registered after the autoload and with global: false, it limits nothing the autoload loaded.
  await app.register(import("@fastify/rate-limit"), { global: false });
  return app;
}
