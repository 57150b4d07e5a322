import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { db } from "../../../lib/db";

const coverStamp = z.object({ chosenAt: z.string().datetime() });

// Only the server's own key goes to the schema; the body is spread beside it into the write unchecked.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const stamp = coverStamp.parse({ chosenAt: new Date().toISOString() });
  // expect: missing-input-validation
  return res.status(201).json(await db.cover.create({ data: { ...req.body, ...stamp } }));
}
