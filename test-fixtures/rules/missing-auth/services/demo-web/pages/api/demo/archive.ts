import { appendFile } from "node:fs";
import type { NextApiRequest, NextApiResponse } from "next";
import { answerCanned } from "../../../lib/canned-answer";

// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // The awaited promise is no pause: its executor appends to a file before it resolves.
  await new Promise((resolve) => appendFile("/tmp/demo-archive.log", "archived\n", resolve));
  answerCanned("POST", req, res, { archived: true }, 201);
}
