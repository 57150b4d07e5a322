import express from "express";
import { probes } from "./probes";

const app = express();
app.use(probes);
app.listen(3000);
