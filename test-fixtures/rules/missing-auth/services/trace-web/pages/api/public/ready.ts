import type { NextApiRequest, NextApiResponse } from "next";

let shuttingDown = false;
process.on("SIGTERM", () => (shuttingDown = true));

// ok: missing-auth -- a readiness probe for the orchestrator
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  if (shuttingDown) return res.status(503).json({ status: "shutting down" });
  return res.status(200).json({ status: "OK", version: process.env.APP_VERSION });
}
