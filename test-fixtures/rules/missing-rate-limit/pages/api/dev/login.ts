import type { NextApiRequest, NextApiResponse } from "next";

// ok: missing-rate-limit -- a stand-in sign-in that reads nothing from the request: there is nothing to guess
export default function fakeSignIn(_req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Set-Cookie", "demo-user=1; Path=/").status(204).end();
}
