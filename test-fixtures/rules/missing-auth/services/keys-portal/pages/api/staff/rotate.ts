import type { NextApiRequest, NextApiResponse } from "next";
import { store } from "../../../lib/store";

// ok: missing-auth -- the middleware's /api/staff/** branch refuses requests without a session token
export default async function rotate(req: NextApiRequest, res: NextApiResponse) {
  const id = await store.save("rotation", { at: req.body?.at });
  res.status(201).json({ id });
}
