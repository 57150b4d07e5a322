import type { NextApiRequest, NextApiResponse } from "next";

const pending: string[] = [];

// expect: missing-auth
export default async function handler(_req: NextApiRequest, _res: NextApiResponse): Promise<never> {
  pending.splice(0, pending.length);
  throw new Error("flushed");
}
