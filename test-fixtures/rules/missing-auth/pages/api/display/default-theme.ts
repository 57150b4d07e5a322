import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { themeOf } from "@/lib/member-result";

// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const theme = await themeOf(req);
  if (!theme.isOk()) return res.status(theme.error.status).json({ message: theme.error.message });
  await db.query("update settings set default_theme = $1", [theme.value]);
  return res.status(204).end();
}
