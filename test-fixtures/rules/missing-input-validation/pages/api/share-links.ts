import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../lib/db";

// The link form sends `passcode: null` for a link without one, and the handler tests it by truthiness: the schema takes
// null as well as absence. The handler's own cast says what the other fields are: `labels` is a list (though it is
// searched like text below) and `nickname` may be null, so neither becomes a plain string.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  // expect: missing-input-validation
  const { targetId, passcode, labels, nickname } = req.body as {
    targetId: string;
    passcode?: string | null;
    labels?: string[];
    nickname?: string | null;
  };
  const secret = passcode && passcode.length > 0 ? passcode.trim() : null;
  const pinned = labels?.includes("pinned") ?? false;
  const link = await db.link.create({ data: { targetId, secret, pinned, nickname: nickname } });
  return res.status(201).json(link);
}
