import type { NextApiRequest, NextApiResponse } from "next";

// ok: unbounded-body-size -- within the maximum
export const config = { api: { bodyParser: { sizeLimit: "500kb" } } };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.json({ ok: typeof req.body === "object" });
}
