import type { NextApiRequest, NextApiResponse } from "next";

// A public route: what the job route answers reaches the visitor.
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  const answer = await fetch(`${process.env.APP_ORIGIN}/api/jobs/render-badge`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.WORKER_SHARED_SECRET}` },
    signal: AbortSignal.timeout(30_000),
  });
  res.status(answer.status).json(await answer.json());
}
