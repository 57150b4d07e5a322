import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";

declare function keyScope(authorization: string | undefined): Promise<{ valid: boolean; projectId?: string }>;

class Unauthorized extends Error {}

// The insert runs before the key is checked: anyone can write the audit row.
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  Object.keys(req.headers).forEach((name) => {
    db.query("insert into audit (header) values ($1)", [name]);
  });
  const scope = await keyScope(req.headers.authorization);
  if (!scope.valid) throw new Unauthorized("invalid key");
  res.status(202).end();
}
