import crypto from "crypto";
import path from "path";
import express from "express";
import multer from "multer";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { requireAuth } from "../middleware/auth";

const s3 = new S3Client({ region: process.env.AWS_REGION });

const diskStorage = multer.diskStorage({
  destination: (_req, _file, cb) => cb(null, "uploads/"),
  filename: (_req, file, cb) => {
    // expect: timestamp-id
    cb(null, `${crypto.randomBytes(16).toString("hex")}-${file.originalname}`);
  },
});

// The pattern from multer's README.
const avatarStorage = multer.diskStorage({
  destination: "uploads/avatars",
  filename(_req, file, cb) {
    // expect: timestamp-id
    const uniqueSuffix = crypto.randomBytes(16).toString("hex");
    cb(null, file.fieldname + "-" + uniqueSuffix + path.extname(file.originalname));
  },
});

export const uploadsRouter = express.Router();
const memory = multer({ storage: multer.memoryStorage() });

uploadsRouter.post("/documents", requireAuth, memory.single("file"), async (req, res) => {
  const file = req.file!;
  const checksum = crypto.createHash("sha256").update(file.buffer).digest("hex");
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.DOCUMENTS_BUCKET,
      // expect: timestamp-id
      Key: `documents/${req.user.id}/${crypto.randomBytes(16).toString("hex")}${path.extname(file.originalname)}`,
      Body: file.buffer,
      Metadata: { checksum },
    }),
  );
  res.status(201).json({ checksum });
});

uploadsRouter.get("/exports/latest", requireAuth, async (_req, res) => {
  // ok: timestamp-id -- an export named after its time sorts by time on purpose; it is not an upload key
  const exportFile = `exports/report-${Date.now()}.csv`;
  res.json({ exportFile });
});

export const uploadDisk = multer({ storage: diskStorage });
export const uploadAvatar = multer({ storage: avatarStorage });
