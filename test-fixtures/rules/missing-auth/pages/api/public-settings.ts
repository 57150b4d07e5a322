import type { NextApiRequest, NextApiResponse } from "next";

// Settings the sign-in page needs before anyone has a session: the request is never read, nothing is awaited.
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ registrationOpen: process.env.NEXT_PUBLIC_REGISTRATION === "on", region: process.env.NEXT_PUBLIC_REGION ?? null });
}
