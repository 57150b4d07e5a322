import express from "express";
import { consoleRouter } from "./routes.js";

const app = express();
app.use(express.json({ limit: "50kb" }));
app.use("/console", consoleRouter);
app.listen(4100);
