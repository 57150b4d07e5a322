// A fluent route builder: `chainRoute().POST(spec).handler(run).toNextApiHandler()`. It checks the session for a spec
// that asks for it, before the run of that method.
import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth";

interface Spec {
  auth?: boolean;
}
type Run = (input: { caller: unknown; body: unknown }) => Promise<unknown>;

export function chainRoute() {
  const runs = new Map<string, { spec: Spec; run: Run }>();
  const builder = {
    GET: (spec: Spec) => ({ handler: (run: Run) => (runs.set("GET", { spec, run }), builder) }),
    POST: (spec: Spec) => ({ handler: (run: Run) => (runs.set("POST", { spec, run }), builder) }),
    DELETE: (spec: Spec) => ({ handler: (run: Run) => (runs.set("DELETE", { spec, run }), builder) }),
    toNextApiHandler: () => async (req: NextApiRequest, res: NextApiResponse) => {
      const entry = runs.get(req.method ?? "");
      if (!entry) return res.status(405).end();
      const session = await getServerSession(req, res, {});
      if (entry.spec.auth && !session) return res.status(401).json({ error: "sign in first" });
      res.json(await entry.run({ caller: session, body: req.body }));
    },
  };
  return builder;
}
