// A converter module: it makes the upload routes put in front of it, and reads back the file that upload stored.
import { promises as fs } from "node:fs";
import multer from "multer";
import type { Request, Response } from "express";

const storage = multer.diskStorage({
  destination: (_req, _file, done) => done(null, "spool"),
  filename: (_req, file, done) => done(null, file.originalname),
});

export const unlockUpload = multer({ storage, limits: { fileSize: 5 * 1024 * 1024 } });

export default async function unlockPdf(req: Request, res: Response) {
  // ok: path-traversal -- the folder multer stores in, plus a name busboy cut to its last segment
  const bytes = await fs.readFile(req.file!.path);
  res.type("application/pdf").send(bytes);
  // ok: path-traversal -- removing the upload just stored
  await fs.unlink(req.file!.path);
}
