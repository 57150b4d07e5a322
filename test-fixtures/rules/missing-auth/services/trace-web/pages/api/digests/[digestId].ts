import { verifySignature } from "@upstash/qstash/nextjs";
import type { NextApiRequest, NextApiResponse } from "next";

declare const digests: { send(id: string): Promise<void> };

async function sendDigest(req: NextApiRequest, res: NextApiResponse) {
  await digests.send(String(req.query.digestId));
  res.status(204).end();
}

// ok: missing-auth -- production exports the handler behind QStash's signature check; the bare handler is for local runs
export default process.env.NODE_ENV === "production" ? verifySignature(sendDigest) : sendDigest;
