import type { NextApiRequest, NextApiResponse } from "next";
import { dispatchBoards } from "../../../../lib/boards/board-routes";

// ok: missing-auth -- every entry the dispatcher can pick checks the session first
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  return dispatchBoards(req, res);
}
