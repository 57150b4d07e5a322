import type { NextApiRequest, NextApiResponse } from "next";

// A public route that hands the visitor's request on to the job route: its body is the visitor's, not the project's.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const answer = await fetch(`${process.env.APP_URL}/api/jobs/print-label`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.JOBS_API_SECRET}` },
    body: JSON.stringify({ order: req.query.order === "asc" ? "asc" : "desc" }),
    signal: AbortSignal.timeout(10_000),
  });
  res.status(answer.status).end();
}
