// The app parses JSON and forms for every router, then mounts the probe and status routers.
import express from "express";
import { probeRouter } from "./probe-routes";
import { statusRouter } from "./status-routes";

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use("/probes", probeRouter);
app.use("/status", statusRouter);
app.listen(3000);
