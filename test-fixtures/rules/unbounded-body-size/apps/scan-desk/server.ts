// The app takes scanned document bundles as JSON of up to 40 MB on purpose.
import express from "express";
import { scans } from "./routes/scans";

const app = express();
// expect: unbounded-body-size
app.use(express.json({ limit: "40mb" }));
app.use("/scans", scans);
app.listen(3000);
