import type { NextApiRequest, NextApiResponse } from "next";
import { answerCanned } from "../../../lib/canned-answer";

// expect: missing-auth
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  answerCanned("POST", req, res, { received: req.body }, 201);
}
