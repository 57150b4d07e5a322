import type { NextApiRequest, NextApiResponse } from "next";
import { studioLocale } from "@/lib/studio-access";

// The helper's failure is answered the same way, but it only parses: nobody is checked.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const locale = await studioLocale(req);
  if (locale.isErr()) {
    return res.status(locale.error.status).json({ message: locale.error.message });
  }
  // expect: missing-auth
  if (req.method !== "POST") return res.status(405).end();
  res.setHeader("Set-Cookie", `locale=${locale.value}; Path=/`);
  return res.status(204).end();
}
