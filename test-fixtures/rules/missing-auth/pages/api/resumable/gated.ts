import type { NextApiRequest, NextApiResponse } from "next";
import { Server } from "@tus/server";
import { readGuestPass } from "../../../lib/guest-pass";

export const config = { api: { bodyParser: false } };

const chunkedUploads = new Server({
  path: "/api/resumable/gated",
  async onIncomingRequest(req) {
    const pass = await readGuestPass(req.headers.cookie);
    if (!pass) throw { status_code: 403, body: "Forbidden: no guest pass" };
  },
});

// ok: missing-auth -- the tus server runs onIncomingRequest, which refuses a caller without a pass, before every request
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "OPTIONS") {
    setCrossOriginHeaders(req, res);
    return res.status(204).end();
  }
  // Named for a write, it only sets headers on this response: the search for the check goes on after it.
  setCrossOriginHeaders(req, res);
  return chunkedUploads.handle(req, res);
}

function setCrossOriginHeaders(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Headers", "Upload-Length, Upload-Offset, Tus-Resumable");
}
