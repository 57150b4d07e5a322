import type { NextApiRequest, NextApiResponse } from "next";
import { dispatch } from "../../../lib/dispatch";
import { keyedRoute } from "../../../lib/keyed-route";
import { db } from "../../../lib/db";

export default dispatch({
  // ok: missing-auth -- a read outside the sensitive prefixes
  GET: keyedRoute({ name: "list drafts", fn: async ({ projectId }) => db.metrics.list(projectId) }),
  // expect: missing-auth@3 unprovenWrapper
  PUT: async (req: NextApiRequest, res: NextApiResponse) => {
    res.status(200).json(await db.notes.add(req.body));
  },
});
