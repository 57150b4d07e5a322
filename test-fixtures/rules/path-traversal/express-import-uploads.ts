// Importing a bookmarks file: multer stores the upload, and the handler reads it back from where multer put it.
import { promises as fs } from "node:fs";
import multer from "multer";
import { Router, type Request, type Response } from "express";

const onDisk = multer({
  storage: multer.diskStorage({
    destination: (_req, _file, done) => done(null, "/var/lib/bookmarks/incoming"),
    filename: (_req, file, done) => done(null, `${Date.now()}-${file.originalname}`),
  }),
});
// Keeps the folders the client sent in the file name, so the stored path follows them.
const keepingFolders = multer({ dest: "/var/lib/bookmarks/incoming", preservePath: true });

export const imports = Router();

imports.post("/bookmarks", onDisk.single("bookmarks"), async (req: Request, res: Response) => {
  // ok: path-traversal -- multer's folder plus a name busboy already cut to its last segment
  const text = await fs.readFile(req.file!.path, "utf8");
  res.json({ lines: text.split("\n").length });
});

imports.post("/bookmarks/nested", keepingFolders.single("bookmarks"), async (req: Request, res: Response) => {
  // expect: path-traversal
  const text = await fs.readFile(req.file!.path, "utf8");
  res.json({ lines: text.split("\n").length });
});
