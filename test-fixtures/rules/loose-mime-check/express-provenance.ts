import express from "express";
import multer from "multer";
import { Client as MinioClient } from "minio";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { PrismaClient } from "@prisma/client";
import { fetchFromMirror } from "./lib/mirror-client";

const app = express();
const objects = new MinioClient({ endPoint: "minio.internal", accessKey: "", secretKey: "" });
const s3 = new S3Client({});
const prisma = new PrismaClient();
const logger = console;

app.get("/thumbnails/:key", async (req, res) => {
  const { metaData } = await objects.statObject("media", req.params.key);
  // ok: loose-mime-check -- the type recorded on an object already in storage, not what a client claims now
  if (!metaData["content-type"]?.startsWith("image/")) return res.status(400).json({ error: "not an image" });
  res.status(200).end();
});

app.get("/previews/:key", async (req, res) => {
  const head = new HeadObjectCommand({ Bucket: "media", Key: req.params.key });
  const { ContentType: contentType } = await s3.send(head);
  // ok: loose-mime-check -- object metadata read back from S3
  if (!contentType?.startsWith("image/")) return res.status(400).end();
  res.status(200).end();
});

app.put("/profile/picture/:assetId", async (req, res) => {
  const [owner, asset] = await Promise.all([
    prisma.user.findUnique({ where: { id: String(req.query.user) } }),
    req.params.assetId ? prisma.asset.findFirst({ where: { id: req.params.assetId } }) : Promise.resolve(null),
  ]);
  // ok: loose-mime-check -- a column of a stored record, checked when the asset was uploaded
  if (!owner || !asset || !asset.mimeType.startsWith("image/")) return res.status(400).end();
  res.status(204).end();
});

async function mirrored(address: string) {
  return await fetchFromMirror(address);
}

app.post("/mirror", async (req, res) => {
  const { failure, reply } = await mirrored(String(req.body.address));
  if (failure || !reply) return res.status(502).end();
  const servedAs = reply.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  // ok: loose-mime-check -- the type another server answered with, through a project helper that fetches
  if (!servedAs.includes("pdf")) return res.status(422).json({ error: "mirror sent no pdf" });
  res.status(200).end();
});

app.post("/mirror/direct", async (req, res) => {
  let fetched: Response;
  try {
    fetched = await fetch(String(req.body.address), { signal: AbortSignal.timeout(5000) });
  } catch {
    return res.status(502).end();
  }
  const servedAs = fetched.headers.get("content-type");
  // ok: loose-mime-check -- a response assigned after its declaration is still a fetched response
  if (servedAs && !servedAs.includes("pdf")) throw new Error("mirror sent no pdf");
  res.status(200).end();
});

app.post("/batches", (req, res) => {
  const contentType = req.headers["content-type"] ?? "";
  // ok: loose-mime-check -- the line-delimited JSON reader is the only way the body is read; the header is only tested and logged
  if (!contentType.includes("application/x-ndjson")) return res.status(415).end();
  logger.info("batch received", { contentType, size: req.headers["content-length"] });
  res.status(202).end();
});

app.post("/batches/raw", express.raw({ type: "*/*" }), (req, res) => {
  const contentType = req.headers["content-type"] ?? "";
  // expect: loose-mime-check
  if (!contentType.includes("application/x-ndjson")) return res.status(415).end();
  res.status(202).json({ storedAs: contentType });
});

function attachmentOf(req: express.Request) {
  return req.file;
}

app.post("/attachments", multer().single("attachment"), (req, res) => {
  const attachment = attachmentOf(req);
  // expect: loose-mime-check
  if (!attachment || !attachment.mimetype.startsWith("image/")) return res.status(415).end();
  res.status(201).end();
});

export default app;
