import express from "express";

const app = express();
app.use(express.json());
app.get("/orders", (_req, res) => res.json([]));

// expect: missing-graceful-shutdown@16 noShutdown
const server = app.listen(Number(process.env.PORT ?? 3000));
const closeOnSignal = () => {
  server.close(() => process.exit(0));
  // Connections that stay busy must not hold the process past the platform's kill deadline.
  setTimeout(() => process.exit(1), 10_000);
};
process.once("SIGTERM", closeOnSignal);
process.once("SIGINT", closeOnSignal);
server.keepAliveTimeout = 65_000;
