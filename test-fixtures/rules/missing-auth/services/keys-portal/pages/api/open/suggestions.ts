import type { NextApiRequest, NextApiResponse } from "next";
import { store } from "../../../lib/store";

// expect: missing-auth
export default async function suggest(req: NextApiRequest, res: NextApiResponse) {
  const id = await store.save("suggestion", { text: req.body?.text });
  res.status(201).json({ id });
}
