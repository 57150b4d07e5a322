// Another converter keeps the folders the client sent in the file name, so the stored path follows them.
import { promises as fs } from "node:fs";
import multer from "multer";
import type { Request, Response } from "express";

export const unpackUpload = multer({ dest: "spool", preservePath: true, limits: { fileSize: 5 * 1024 * 1024 } });

export default async function unpackArchive(req: Request, res: Response) {
  // expect: path-traversal
  const bytes = await fs.readFile(req.file!.path);
  res.json({ size: bytes.length });
}
