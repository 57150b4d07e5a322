import express from "express";
import multer from "multer";
import { saveBytes, saveUpload } from "./lib/storage";

const app = express();
const upload = multer({ storage: multer.memoryStorage() });
const TELEMETRY_TYPE = "application/x-protobuf";

// ok: loose-mime-check -- only the bytes and the name are kept: what is stored carries no claimed type
app.put("/pictures", upload.single("picture"), async (req, res) => {
  const picture = req.file;
  if (!picture || !picture.mimetype.startsWith("image/")) return res.status(415).end();
  const key = await saveBytes(picture.buffer, picture.originalname);
  res.status(201).json({ key });
});

app.put("/pictures/v2", upload.single("picture"), async (req, res) => {
  const picture = req.file;
  // expect: loose-mime-check
  if (!picture || !picture.mimetype.startsWith("image/")) return res.status(415).end();
  // the claimed type is stored beside the bytes and served back with them
  const key = await saveBytes(picture.buffer, picture.originalname, picture.mimetype);
  res.status(201).json({ key });
});

app.put("/pictures/v3", upload.single("picture"), async (req, res) => {
  const picture = req.file;
  // expect: loose-mime-check
  if (!picture || !picture.mimetype.startsWith("image/")) return res.status(415).end();
  // the whole upload, claim included, goes to storage
  res.status(201).json({ key: await saveUpload(picture) });
});

// ok: loose-mime-check -- a protobuf gate named by a constant: the body is decoded, never kept with the claimed type
app.post("/v1/telemetry", express.raw({ type: "*/*" }), (req, res) => {
  if (!req.headers["content-type"]?.startsWith(TELEMETRY_TYPE)) return res.status(415).end();
  res.status(202).json({ bytes: (req.body as Buffer).length });
});

// ok: loose-mime-check -- a form body is split into fields (its boundary read from the same header), never kept whole
app.post("/pastes", async (req, res) => {
  const contentType = req.headers["content-type"] ?? "";
  if (!contentType.includes("multipart/form-data")) return res.status(400).send(`send a form, not ${contentType}`);
  const boundary = contentType.split("boundary=")[1];
  res.status(201).json({ boundary: boundary?.length });
});

app.post("/pastes/raw", express.raw({ type: "*/*" }), async (req, res) => {
  const contentType = req.headers["content-type"] ?? "";
  // expect: loose-mime-check
  if (!contentType.includes("json")) return res.status(415).end();
  // the raw body is stored with the type as sent
  res.status(201).json({ key: await saveBytes(req.body as Buffer, "paste", contentType) });
});

export default app;
