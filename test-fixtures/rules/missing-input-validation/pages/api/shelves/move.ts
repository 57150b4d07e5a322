import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";
import { shelfQuota } from "../../../lib/quota";

// The quota helper validates its own argument; the body the handler reads afterwards is still unchecked.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const owner = String(req.headers["x-owner"] ?? "");
  await shelfQuota({ owner });
  // expect: missing-input-validation
  const { shelfId } = req.body as { shelfId: string };
  const moved = await db.shelf.update({ where: { id: shelfId }, data: { owner } });
  return res.status(200).json(moved);
}
