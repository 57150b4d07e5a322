import Fastify from "fastify";
import autoload from "@fastify/autoload";
import path from "node:path";

export async function build() {
  const app = Fastify();
  // The limiter plugin is loaded in place; registered on the app before the autoload, it limits every loaded route.
  await app.register(import("@fastify/rate-limit"), { max: 50, timeWindow: "1 minute" });
  app.register(autoload, { dir: path.join(import.meta.dirname, "routes") });
  return app;
}
