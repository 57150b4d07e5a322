import express from "express";
import multer from "multer";

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const ALLOWED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"];
const allowedDocumentTypes = new Set(["application/pdf", "text/csv"]);

app.post("/avatars", upload.single("avatar"), (req, res) => {
  // expect: loose-mime-check
  if (!req.file || !req.file.mimetype.startsWith("image/")) return res.status(415).end();
  res.status(201).json({ ok: true });
});

app.post("/documents", upload.single("document"), (req, res) => {
  // expect: loose-mime-check
  if (!req.file?.mimetype.includes("pdf")) return res.status(415).end();
  res.status(201).end();
});

app.post("/photos", upload.array("photos"), (req, res) => {
  const files = req.files as Express.Multer.File[];
  // expect: loose-mime-check
  const bad = files.filter((file) => !/image\/(png|jpe?g)/.test(file.mimetype));
  if (bad.length > 0) return res.status(415).end();
  res.status(201).end();
});

app.post("/webhooks/json", (req, res, next) => {
  const contentType = req.headers["content-type"] ?? "";
  // ok: loose-mime-check -- turns away bodies the JSON parser after it cannot read; the header is kept nowhere
  if (contentType.indexOf("json") === -1) return res.status(415).end();
  next();
});

app.post("/import", (req, res) => {
  // expect: loose-mime-check
  if (req.headers["content-type"] !== "text/csv") return res.status(415).end();
  res.status(202).end();
});

// ok: loose-mime-check -- exact allow-list of multer's media type
app.post("/avatars/v2", upload.single("avatar"), (req, res) => {
  if (!req.file || !ALLOWED_IMAGE_TYPES.includes(req.file.mimetype)) return res.status(415).end();
  res.status(201).end();
});

// ok: loose-mime-check -- a Set of exact types
app.post("/documents/v2", upload.single("document"), (req, res) => {
  if (!req.file || !allowedDocumentTypes.has(req.file.mimetype)) return res.status(415).end();
  res.status(201).end();
});

// ok: loose-mime-check -- an anchored pattern matches whole types only
app.post("/photos/v2", upload.single("photo"), (req, res) => {
  if (!req.file || !/^image\/(png|jpeg)$/.test(req.file.mimetype)) return res.status(415).end();
  res.status(201).end();
});

// ok: loose-mime-check -- req.is parses the header and compares the essence
app.post("/events", (req, res) => {
  if (!req.is("application/json")) return res.status(415).end();
  res.status(202).end();
});

// ok: loose-mime-check -- the essence is parsed before the exact comparison
app.post("/events/v2", (req, res) => {
  const essence = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (essence !== "application/json") return res.status(415).end();
  res.status(202).end();
});

// ok: loose-mime-check -- a file name check is not a content-type check
app.post("/names", upload.single("file"), (req, res) => {
  if (!req.file?.originalname.endsWith(".png")) return res.status(400).end();
  res.status(201).end();
});

export default app;
