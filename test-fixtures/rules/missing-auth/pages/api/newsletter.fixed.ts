import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { withAuth } from "@/lib/api-auth";

export default withAuth(async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-auth
  if (req.method !== "POST") return res.status(405).end();
  await db.query("insert into newsletter_sends (subject, body) values ($1, $2)", [req.body.subject, req.body.body]);
  return res.status(202).json({ queued: true });
});
