import type { NextApiRequest, NextApiResponse } from "next";
import { answerCanned } from "../../../lib/canned-answer";

// ok: missing-auth -- the handler only hands the request, the response and fixed data to a helper that only answers
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  answerCanned("POST", req, res, { id: "demo-project", name: "Demo", members: 3 }, 201);
}
