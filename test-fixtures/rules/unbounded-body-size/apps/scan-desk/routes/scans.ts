// The upload route of the same app: the app admits 40 MB bodies, so a 10 MB file limit here would refuse scans it
// takes today. The limit is offered for a person to choose, not applied.
import express from "express";
import multer from "multer";

// expect: unbounded-body-size
const scanUpload = multer();

export const scans = express.Router();
scans.post("/", scanUpload.single("scan"), (req, res) => res.status(201).json({ size: req.file?.size ?? 0 }));
