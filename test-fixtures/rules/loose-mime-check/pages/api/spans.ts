import type { NextApiRequest, NextApiResponse } from "next";

export const config = { api: { bodyParser: false } };

// A collector endpoint: the raw body is read from the request stream, then decoded as JSON or protobuf.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const raw: Buffer = await new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
  const contentType = req.headers["content-type"]?.toLowerCase();
  // ok: loose-mime-check -- a presence test, a log line and decoder choice: the header picks the parser, nothing keeps it
  if (!contentType || (!contentType.includes("application/json") && !contentType.includes("application/x-protobuf"))) {
    console.warn(`unsupported content type ${contentType}`);
    return res.status(415).json({ error: "unsupported content type" });
  }
  const spans = contentType.includes("application/x-protobuf") ? decodeSpans(raw) : JSON.parse(raw.toString("utf8"));
  await enqueue(spans);
  res.status(202).json({});
}

export async function storeRaw(req: NextApiRequest, res: NextApiResponse) {
  const contentType = req.headers["content-type"]?.toLowerCase();
  // expect: loose-mime-check
  if (!contentType || !contentType.includes("application/json")) return res.status(415).end();
  await keepBlob(Buffer.from(String(req.body)), contentType);
  res.status(201).end();
}

export async function agentMessage(req: NextApiRequest, res: NextApiResponse) {
  // ok: loose-mime-check -- an exact gate for the one body encoding the decoder reads is stricter, never looser
  if (req.headers["content-type"] !== "application/x-protobuf") return res.status(415).end();
  res.status(200).send(encodeReply(decodeSpans(req.body as Buffer)));
}

export async function csvImport(req: NextApiRequest, res: NextApiResponse) {
  // expect: loose-mime-check
  if (req.headers["content-type"] !== "text/csv") return res.status(415).end();
  await keepBlob(Buffer.from(String(req.body)), "text/csv");
  res.status(201).end();
}

declare function decodeSpans(body: Buffer): unknown[];
declare function encodeReply(spans: unknown[]): Buffer;
declare function enqueue(spans: unknown[]): Promise<void>;
declare function keepBlob(body: Buffer, type: string): Promise<void>;
