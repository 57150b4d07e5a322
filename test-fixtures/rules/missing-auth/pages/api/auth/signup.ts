import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: missing-auth -- creating an account is public by nature
  if (req.method !== "POST") return res.status(405).end();
  const { rows } = await db.query("select create_user($1, $2) as id", [req.body.email, req.body.password]);
  return res.status(201).json(rows[0]);
}
