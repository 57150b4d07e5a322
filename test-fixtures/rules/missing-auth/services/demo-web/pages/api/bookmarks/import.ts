import type { NextApiRequest, NextApiResponse } from "next";
import { bodyOrRefuse } from "../../../lib/session-user";

const imported: unknown[] = [];

// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = await bodyOrRefuse({ req, res });
  if (!body) return;
  imported.push(body);
  res.status(201).json({ imported: imported.length });
}
