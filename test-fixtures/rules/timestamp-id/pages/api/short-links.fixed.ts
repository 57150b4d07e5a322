import type { NextApiRequest, NextApiResponse } from "next";
import { randomUUID, randomBytes } from "node:crypto";
import { prisma } from "../../lib/prisma";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const target = new URL(String(req.body.url));
  // expect: timestamp-id
  const slug = randomBytes(16).toString("hex");
  const link = await prisma.shortLink.create({
    data: { id: randomUUID(), slug, target: target.toString() },
  });
  res.status(201).json({ slug: link.slug });
}
