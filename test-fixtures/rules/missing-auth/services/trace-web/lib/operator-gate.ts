import { timingSafeEqual } from "node:crypto";
import type { NextApiRequest, NextApiResponse } from "next";

/** The operator's master key, for the admin API. */
export class OperatorGate {
  static check(req: NextApiRequest, res: NextApiResponse): boolean {
    const expected = Buffer.from(`Bearer ${process.env.OPERATOR_KEY ?? ""}`);
    const given = Buffer.from(req.headers.authorization ?? "");
    if (!process.env.OPERATOR_KEY || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(401).json({ error: "unauthorized" });
      return false;
    }
    return true;
  }
}

/** Counts requests per path; it lets every request through. */
export class Tally {
  static record(req: NextApiRequest, _res: NextApiResponse): boolean {
    console.info("request", req.url);
    return true;
  }
}
