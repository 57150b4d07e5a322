import express from "express";
import bodyParser from "body-parser";
import multer from "multer";

const app = express();

// ok: unbounded-body-size -- the library default (100kb) applies
app.use("/v2", express.json());
// ok: unbounded-body-size -- within the 1mb default maximum
app.use("/v3", bodyParser.json({ limit: "512kb" }));
// ok: unbounded-body-size -- raw uploads get the 10mb budget
app.use("/blobs", express.raw({ type: "*/*", limit: "8mb" }));

// expect: unbounded-body-size
const upload = multer({ dest: "uploads/" });
// expect: unbounded-body-size
const memoryUpload = multer({ limits: { fileSize: 10 * 1024 * 1024 } });
// ok: unbounded-body-size -- a file size limit within the maximum
const avatarUpload = multer({ dest: "avatars/", limits: { fileSize: 2 * 1024 * 1024 } });

app.post("/files", upload.single("file"), (_req, res) => res.status(201).end());
app.post("/memory", memoryUpload.single("file"), (_req, res) => res.status(201).end());
app.post("/avatars", avatarUpload.single("avatar"), (_req, res) => res.status(201).end());

export default app;
