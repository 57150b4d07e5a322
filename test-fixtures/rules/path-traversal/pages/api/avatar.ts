import fs from "fs";
import path from "path";
import type { NextApiRequest, NextApiResponse } from "next";

const avatars = path.join(process.cwd(), "avatars");
const SIZES = new Set(["small", "medium", "large"]);

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { user, size } = req.query;
  if (!SIZES.has(String(size))) return res.status(400).end();
  // expect: path-traversal
  const stream = fs.createReadStream(path.join(avatars, String(user), `${size}.png`));
  stream.pipe(res);
}
