import Fastify from "fastify";

const app = Fastify({ logger: true });
app.get("/items", async () => []);

try {
  // expect: missing-graceful-shutdown
  await app.listen({ port: 3000, host: "0.0.0.0" });
  const closeOnSignal = () => {
    app.close().then(() => process.exit(0));
    // Connections that stay busy must not hold the process past the platform's kill deadline.
    setTimeout(() => process.exit(1), 10000);
  };
  process.once("SIGTERM", closeOnSignal);
  process.once("SIGINT", closeOnSignal);
} catch (error) {
  app.log.error(error);
  process.exit(1);
}
