import type { NextApiRequest, NextApiResponse } from "next";
import type { ChainSpec } from "./chain-route";

export interface ChainEntry {
  spec: ChainSpec;
  run: (input: { body: any }) => Promise<unknown>;
}

export function serveChain(entries: ReadonlyMap<string, ChainEntry>) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const entry = entries.get(req.method ?? "");
    if (!entry) return res.status(405).end();
    const parsed = entry.spec.body ? entry.spec.body.safeParse(req.body) : { success: true as const, data: req.body };
    if (!parsed.success) return res.status(400).json({ error: "bad body" });
    res.json(await entry.run({ body: parsed.data }));
  };
}
