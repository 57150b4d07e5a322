// A template the deployment copies into place as it is (the Dockerfile's COPY), never read by this project's code: it
// is the server that runs.
import express from "express";

const app = express();
app.use(express.json());
app.get("/orders", (_req, res) => res.json([]));

// expect: missing-graceful-shutdown
app.listen(Number(process.env.PORT ?? 3000));
