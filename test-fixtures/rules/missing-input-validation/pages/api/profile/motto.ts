import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";
import { squeezeBlanks } from "../../../lib/plain-text";

// The motto's helper only calls a string method on it: an array or object in the body reaches it unchecked.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "PATCH") return res.status(405).end();
  // expect: missing-input-validation
  const motto = squeezeBlanks(req.body.motto);
  await db.profile.update({ where: { id: String(req.headers["x-profile-id"]) }, data: { motto } });
  res.status(204).end();
}
