import fs from "node:fs";
import type { NextApiRequest, NextApiResponse } from "next";

// It reads nothing from the request, but any caller rewrites the build stamp.
// expect: missing-auth
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  fs.writeFileSync("build-stamp.txt", new Date().toISOString());
  res.status(204).end();
}
