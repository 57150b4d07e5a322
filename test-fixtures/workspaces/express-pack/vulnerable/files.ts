// File uploads and downloads with the gaps of the file-handling rules: a proxy setting that trusts every hop,
// a 50 MB JSON limit, uploads without a size limit, a prefix MIME check and a download path taken from the URL.
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import multer from "multer";
import path from "node:path";

const uploadsDir = path.join(process.cwd(), "uploads");

function requireSession(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) return res.status(401).json({ error: "unauthorized" });
  next();
}

export function configureFiles(app: Express): void {
  // expect: untrusted-forwarded-for
  app.set("trust proxy", true);
  // expect: unbounded-body-size
  app.use("/imports", express.json({ limit: "50mb" }));
  // expect: unbounded-body-size
  const upload = multer({ dest: uploadsDir });

  app.post("/avatars", requireSession, upload.single("avatar"), (req, res) => {
    // expect: loose-mime-check
    if (!req.file || !req.file.mimetype.startsWith("image/")) return res.status(415).end();
    res.status(201).json({ id: req.file.filename });
  });

  app.get("/files/:name", requireSession, (req, res) => {
    // expect: path-traversal
    res.sendFile(path.join(uploadsDir, req.params.name));
  });
}
