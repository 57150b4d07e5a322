// The upload route keeps files in memory with no limit: the configured maximum is applied.
import express from "express";
import multer from "multer";

// expect: unbounded-body-size
const receiptUpload = multer();

export const receipts = express.Router();
receipts.post("/", receiptUpload.single("receipt"), (req, res) => res.status(201).json({ size: req.file?.size ?? 0 }));
