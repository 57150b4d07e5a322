import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../lib/db";
import { z } from "zod";

const createThemeBody = z.object({ accent: z.string().nullish(), welcome: z.string().optional() });

// One handler serves the theme: the settings page loads it with a GET, which carries no body, and saves it with a
// POST or a PUT. The parse goes into each branch that reads the body, never before the method switch, where it would
// refuse every GET.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    const theme = await db.theme.findFirst();
    return res.status(200).json(theme);
  } else if (req.method === "POST") {
    const parsed = createThemeBody.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
    // expect: missing-input-validation
    const { accent, welcome } = parsed.data as { accent?: string; welcome?: string };
    const theme = await db.theme.create({ data: { accent: accent?.toLowerCase(), welcome } });
    return res.status(201).json(theme);
  } else if (req.method === "PUT") {
    const parsed = createThemeBody.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
    const { accent, welcome } = parsed.data as { accent?: string; welcome?: string };
    const theme = await db.theme.update({ where: { id: 1 }, data: { accent: accent?.toLowerCase(), welcome } });
    return res.status(200).json(theme);
  }
  return res.status(405).end();
}
