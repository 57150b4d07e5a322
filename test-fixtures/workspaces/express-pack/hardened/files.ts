// The hardened twin of vulnerable/files.ts: one trusted proxy hop, bounded bodies and uploads, an exact MIME
// allow-list and download names reduced to their base name.
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import multer from "multer";
import path from "node:path";

const uploadsDir = path.join(process.cwd(), "uploads");
const AVATAR_TYPES = ["image/png", "image/jpeg", "image/webp"];

function requireSession(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) return res.status(401).json({ error: "unauthorized" });
  next();
}

export function configureFiles(app: Express): void {
  app.set("trust proxy", 1);
  app.use("/imports", express.json({ limit: "1mb" }));
  const upload = multer({ dest: uploadsDir, limits: { fileSize: 2 * 1024 * 1024 } });

  app.post("/avatars", requireSession, upload.single("avatar"), (req, res) => {
    if (!req.file || !AVATAR_TYPES.includes(req.file.mimetype)) return res.status(415).end();
    res.status(201).json({ id: req.file.filename });
  });

  app.get("/files/:name", requireSession, (req, res) => {
    res.sendFile(path.join(uploadsDir, path.basename(req.params.name)));
  });
}
