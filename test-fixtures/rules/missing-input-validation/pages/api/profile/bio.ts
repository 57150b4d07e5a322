import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";
import { readableText } from "../../../lib/plain-text";

// The bio goes through a helper that bounds its length, strips it to text with sanitize-html and refuses it empty.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "PATCH") return res.status(405).end();
  let bio: string;
  try {
    // ok: missing-input-validation -- what goes on is the helper's checked text, and a refusal answers 400
    bio = readableText(req.body.bio);
  } catch (error) {
    return res.status(400).json({ error: (error as Error).message });
  }
  await db.profile.update({ where: { id: String(req.headers["x-profile-id"]) }, data: { bio } });
  res.status(204).end();
}
