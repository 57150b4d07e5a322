import type { NextApiRequest, NextApiResponse } from "next";
import { signSession } from "../../../express/tokens";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "DELETE") {
    // ok: insecure-cookie -- a fixed demo flag written into the header text: every visitor gets the same value
    res.setHeader("Set-Cookie", "demo_session=1; Path=/");
    return res.status(204).end();
  }
  const token = await signSession(String(req.body.email));
  // expect: insecure-cookie
  res.setHeader("Set-Cookie", `demo_session=${token}; Path=/`);
  res.status(200).json({});
}
