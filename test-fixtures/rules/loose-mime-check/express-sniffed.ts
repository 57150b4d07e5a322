import express from "express";
import multer from "multer";
import { fileTypeFromBuffer } from "file-type";

const app = express();
const upload = multer({ storage: multer.memoryStorage() });

app.post("/banners", upload.single("banner"), async (req, res) => {
  if (!req.file) return res.status(400).end();
  const sniffed = await fileTypeFromBuffer(req.file.buffer);
  // ok: loose-mime-check -- the type comes from the bytes themselves, and file-type never reports SVG or HTML
  if (!sniffed || !sniffed.mime.startsWith("image/")) return res.status(415).end();
  res.status(201).json({ type: sniffed.mime });
});

app.post("/posters", upload.single("poster"), async (req, res) => {
  if (!req.file) return res.status(400).end();
  // expect: loose-mime-check
  if (!req.file.mimetype.startsWith("image/")) return res.status(415).end();
  res.status(201).end();
});
