// Uploads held to a size the operator configures: the handler checks each file against that setting after multer has
// read it, so a fixed 10 MB parser limit would refuse uploads the install allows (offered, never applied). A handler
// that checks against a written number has no setting to follow and gets the maximum applied.
import express from "express";
import multer from "multer";

declare const settings: { uploads: { memberLimit: number; adminLimit: number } };
declare function store(name: string, data: Buffer): Promise<void>;

// expect: unbounded-body-size
const mediaUpload = multer();

export const media = express.Router();
media.post("/media", mediaUpload.array("file"), async (req, res) => {
  const files = req.files as Express.Multer.File[];
  for (const file of files) {
    if (file.size > settings.uploads.memberLimit) return res.status(413).json({ error: `${file.originalname} is too big` });
    await store(file.originalname, file.buffer);
  }
  return res.status(201).end();
});
