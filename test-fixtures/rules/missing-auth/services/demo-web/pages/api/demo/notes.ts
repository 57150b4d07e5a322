import type { NextApiRequest, NextApiResponse } from "next";
import { answerAndKeep } from "../../../lib/canned-answer";

// expect: missing-auth
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  answerAndKeep(req, res, { title: "kept" });
}
