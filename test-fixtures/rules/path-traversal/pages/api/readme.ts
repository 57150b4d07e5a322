import { readFileSync } from "fs";
import path from "path";
import type { NextApiRequest, NextApiResponse } from "next";

const docs = path.join(process.cwd(), "docs");

// ok: path-traversal -- only the base name of the requested page is used
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const page = path.basename(String(req.query.page ?? "index"));
  res.send(readFileSync(path.join(docs, `${page}.md`), "utf8"));
}
