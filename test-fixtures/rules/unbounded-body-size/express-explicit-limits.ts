// Limits the project wrote itself: each is over the maximum and reported, but only a suggestion lowers it (a fix-all
// that cut them would reject uploads the project accepts on purpose).
import express from "express";
import bodyParser from "body-parser";
import multer from "multer";

const app = express();

// expect: unbounded-body-size
app.use(express.json({ limit: "50mb" }));
// expect: unbounded-body-size
app.use(express.urlencoded({ extended: true, limit: 5 * 1024 * 1024 }));
// expect: unbounded-body-size
app.use("/webhooks", bodyParser.raw({ type: "application/octet-stream", limit: Infinity }));

const bigUpload = multer({
  storage: multer.memoryStorage(),
  // expect: unbounded-body-size
  limits: { fileSize: 200 * 1024 * 1024 },
});

app.post("/videos", bigUpload.single("video"), (_req, res) => res.status(201).end());

export default app;
