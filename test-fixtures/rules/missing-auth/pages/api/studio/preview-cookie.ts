import type { NextApiRequest, NextApiResponse } from "next";
import { studioAccess } from "@/lib/studio-access";

// ok: missing-auth -- the helper checks the session and hands back a 401 failure, which the handler answers first
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const access = await studioAccess(req);
  if (access.isErr()) {
    const { status, message } = access.error;
    return res.status(status).json({ message });
  }
  if (req.method !== "POST") return res.status(405).end();
  res.setHeader("Set-Cookie", `preview=${String(req.body.token)}; Path=/; HttpOnly`);
  return res.status(204).end();
}
