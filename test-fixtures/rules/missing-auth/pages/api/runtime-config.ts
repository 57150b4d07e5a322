import fs from "node:fs";
import path from "node:path";
import type { NextApiRequest, NextApiResponse } from "next";

const numberFrom = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

// ok: missing-auth -- the request is never read and nothing is awaited: any method gets the same public configuration
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  const buildFile = path.join(process.cwd(), "build-info.json");
  const build = fs.existsSync(buildFile) ? JSON.parse(fs.readFileSync(buildFile, "utf8")) : null;
  res.status(200).json({ sessionHours: numberFrom(process.env.SESSION_HOURS, 24), build });
}
