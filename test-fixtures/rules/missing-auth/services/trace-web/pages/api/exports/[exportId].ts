import { verifySignature } from "@upstash/qstash/nextjs";
import type { NextApiRequest, NextApiResponse } from "next";

declare const exportsQueue: { run(id: string): Promise<void> };

async function runExport(req: NextApiRequest, res: NextApiResponse) {
  await exportsQueue.run(String(req.query.exportId));
  res.status(204).end();
}

// expect: missing-auth -- the signature check is the branch production never takes
export default process.env.NODE_ENV === "production" ? runExport : verifySignature(runExport);
