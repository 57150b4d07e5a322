import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../lib/db";

// One handler serves the theme: the settings page loads it with a GET, which carries no body, and saves it with a
// POST or a PUT. The parse goes into each branch that reads the body, never before the method switch, where it would
// refuse every GET.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    const theme = await db.theme.findFirst();
    return res.status(200).json(theme);
  } else if (req.method === "POST") {
    // expect: missing-input-validation
    const { accent, welcome } = req.body as { accent?: string; welcome?: string };
    const theme = await db.theme.create({ data: { accent: accent?.toLowerCase(), welcome } });
    return res.status(201).json(theme);
  } else if (req.method === "PUT") {
    const { accent, welcome } = req.body as { accent?: string; welcome?: string };
    const theme = await db.theme.update({ where: { id: 1 }, data: { accent: accent?.toLowerCase(), welcome } });
    return res.status(200).json(theme);
  }
  return res.status(405).end();
}
