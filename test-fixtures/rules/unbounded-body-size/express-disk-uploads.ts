// Uploads that stream to disk: a restore endpoint takes whole backup archives, so the file limit is a person's
// choice (offered, never applied); uploads kept in memory still get the configured maximum applied.
import express from "express";
import multer, { diskStorage } from "multer";

const archiveStorage = diskStorage({ destination: "/var/backups/incoming" });
// expect: unbounded-body-size
const restoreUpload = multer({ storage: archiveStorage });
// expect: unbounded-body-size
const scratchUpload = multer({ storage: multer.memoryStorage() });

export const restore = express.Router();
restore.post("/restore", restoreUpload.single("archive"), (_req, res) => res.status(202).end());
restore.post("/preview", scratchUpload.single("archive"), (_req, res) => res.status(200).end());
