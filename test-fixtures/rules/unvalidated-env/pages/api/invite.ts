import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: unvalidated-env
  const inviteTtlHours = Number(process.env.INVITE_TTL_HOURS);
  // ok: unvalidated-env -- compared with undefined before use
  const inviteBaseUrl = process.env.INVITE_BASE_URL === undefined ? "http://localhost:3000" : process.env.INVITE_BASE_URL;
  res.status(201).json({ link: `${inviteBaseUrl}/invite/${String(req.query.code)}`, expiresInHours: inviteTtlHours });
}
