import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";

// Reads nothing from the request either, but it writes: any caller can empty the table.
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await db.query("delete from drafts");
  res.status(204).end();
}
