import type { NextApiRequest, NextApiResponse } from "next";
import { lookupKey } from "./keys";

interface KeyedRouteConfig<T> {
  name: string;
  fn: (input: { req: NextApiRequest; res: NextApiResponse; projectId: string }) => Promise<T>;
}

async function checkKey(header: string | undefined): Promise<{ projectId: string }> {
  if (!header?.startsWith("Bearer ")) throw { status: 401, message: "missing key" };
  const key = await lookupKey(header.slice("Bearer ".length));
  if (!key) throw { status: 401, message: "unknown key" };
  return { projectId: key.projectId };
}

/** Builds a handler that answers only callers with a valid project key, then runs `fn`. */
export function keyedRoute<T>(config: KeyedRouteConfig<T>) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    let projectId: string;
    try {
      ({ projectId } = await checkKey(req.headers.authorization));
    } catch (error) {
      const status = (error as { status?: number }).status ?? 401;
      res.status(status).json({ message: "unauthorized" });
      return;
    }
    res.status(200).json(await config.fn({ req, res, projectId }));
  };
}

/** Builds a handler that times `fn`: it checks nobody. */
export function timedRoute<T>(config: KeyedRouteConfig<T>) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const started = Date.now();
    res.status(200).json(await config.fn({ req, res, projectId: "" }));
    console.info(config.name, Date.now() - started);
  };
}
