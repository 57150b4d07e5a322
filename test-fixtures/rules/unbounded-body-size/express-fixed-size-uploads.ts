// The handler refuses files over a size written in the code: no setting of the project's to follow, so the parser
// gets the configured maximum.
import express from "express";
import multer from "multer";

declare function store(name: string, data: Buffer): Promise<void>;

// expect: unbounded-body-size
const avatarUpload = multer();

export const avatars = express.Router();
avatars.post("/avatar", avatarUpload.single("image"), async (req, res) => {
  if (!req.file || req.file.size > 2 * 1024 * 1024) return res.status(413).end();
  await store(req.file.originalname, req.file.buffer);
  return res.status(201).end();
});
