import type { NextApiRequest, NextApiResponse } from "next";
import { store } from "../../lib/store";

// ok: missing-auth -- no branch of the middleware lists this path, so its final refusal answers it
export default async function exportAll(req: NextApiRequest, res: NextApiResponse) {
  const id = await store.save("export", { format: req.body?.format });
  res.status(202).json({ id });
}
