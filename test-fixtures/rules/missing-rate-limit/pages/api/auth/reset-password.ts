import type { NextApiRequest, NextApiResponse } from "next";
import { sendResetEmail } from "@/lib/mail";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-rate-limit
  if (req.method !== "POST") return res.status(405).end();
  await sendResetEmail(String(req.body.email));
  res.status(204).end();
}
