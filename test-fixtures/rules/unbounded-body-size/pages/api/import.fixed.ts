import type { NextApiRequest, NextApiResponse } from "next";

export const config = {
  api: {
    // expect: unbounded-body-size
    bodyParser: { sizeLimit: "1mb" },
  },
};

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.json({ rows: Array.isArray(req.body) ? req.body.length : 0 });
}
