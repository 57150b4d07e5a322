import type { NextApiRequest, NextApiResponse } from "next";
import { logger } from "../../../lib/logger";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: sensitive-data-logged
  logger.info(req.body, "password reset requested");
  // ok: sensitive-data-logged -- a describing name: the link's URL, not a credential
  logger.info({ passwordResetUrl: "/reset" }, "sent");
  res.status(202).end();
}
