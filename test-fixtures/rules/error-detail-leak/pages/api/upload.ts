import type { NextApiRequest, NextApiResponse } from "next";
import { promises as fs } from "node:fs";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    await fs.writeFile(`/var/uploads/${Date.now()}.bin`, req.body);
    res.status(201).end();
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    // expect: error-detail-leak
    res.status(500).json({ error: error.message, path: error.path });
  }
}
