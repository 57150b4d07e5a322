import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: loose-mime-check
  if (req.headers["content-type"] === "application/json") return res.status(200).json({ received: true });
  // ok: loose-mime-check -- comparing the method, not a media type
  if (req.method === "POST") return res.status(415).end();
  res.status(405).end();
}
