import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/member-result";

// ok: missing-auth -- the helper's Result is an error without a session (401), and the handler leaves on it first
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const member = await memberOf(req);
  if (member.isErr()) {
    const { status, message } = member.error;
    return res.status(status).json({ message });
  }
  await db.query("update members set theme = $1 where id = $2", [req.body.theme, member.value.id]);
  return res.status(204).end();
}
