// Limits the project wrote itself: those over the maximum are reported, but only a suggestion lowers them (a fix-all
// that cut them would reject uploads the project accepts on purpose). A few megabytes is a decision, not a gap.
import express from "express";
import bodyParser from "body-parser";
import multer from "multer";

const app = express();

// expect: unbounded-body-size
app.use(express.json({ limit: "50mb" }));
// ok: unbounded-body-size -- 5 MB set on purpose, within the 10 MB budget for limits a project writes
app.use(express.urlencoded({ extended: true, limit: 5 * 1024 * 1024 }));
// expect: unbounded-body-size
app.use("/imports", express.text({ limit: "24mb" }));
// expect: unbounded-body-size
app.use("/webhooks", bodyParser.raw({ type: "application/octet-stream", limit: Infinity }));

const bigUpload = multer({
  storage: multer.memoryStorage(),
  // expect: unbounded-body-size
  limits: { fileSize: 200 * 1024 * 1024 },
});

app.post("/videos", bigUpload.single("video"), (_req, res) => res.status(201).end());

export default app;
