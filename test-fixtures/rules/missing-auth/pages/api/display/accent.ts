import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/member-result";

// ok: missing-auth -- the same session helper, its failure answered on one line before any work
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const member = await memberOf(req);
  if (member.isErr()) return res.status(member.error.status).json({ message: member.error.message });
  await db.query("update members set accent = $1 where id = $2", [req.body.accent, member.value.id]);
  return res.status(204).end();
}
