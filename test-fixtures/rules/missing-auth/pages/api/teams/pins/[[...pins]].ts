import type { NextApiRequest, NextApiResponse } from "next";
import { dispatchPins } from "../../../../lib/boards/pin-routes";

// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  return dispatchPins(req, res);
}
