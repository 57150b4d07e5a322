import type { NextApiRequest, NextApiResponse } from "next";

// ok: missing-input-validation -- both query values are tested with typeof in the same condition before they are used
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.reason && req.query.detail && typeof req.query.reason === "string" && typeof req.query.detail === "string") {
    return res.redirect(`/login?reason=${encodeURIComponent(req.query.reason)}&detail=${encodeURIComponent(req.query.detail)}`);
  }
  res.redirect("/login");
}
