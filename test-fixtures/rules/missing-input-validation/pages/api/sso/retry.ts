import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// Only `reason` is tested with typeof; `attempt` goes to the store unchecked.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.reason && typeof req.query.reason === "string") {
    // expect: missing-input-validation
    await db.loginAttempt.create({ data: { reason: req.query.reason, attempt: req.query.attempt } });
  }
  res.redirect("/login");
}
