import express from "express";

const app = express();
app.use(express.json());
app.get("/orders", (_req, res) => res.json([]));

// expect: missing-graceful-shutdown@16 noShutdown
const server = app.listen(Number(process.env.PORT ?? 3000));
server.keepAliveTimeout = 65_000;
