// Serves the archived copy of a saved page. Both failures answer 500 with the error's own text; the first handler
// already has the project's words for the failure after `||`, which the fix keeps as the generic message (with the
// correlation id) rather than leaving them behind a message that is never empty.
import type { NextApiRequest, NextApiResponse } from "next";
import { promises as fs } from "node:fs";
import { randomBytes } from "crypto";

export default async function readArchivedCopy(req: NextApiRequest, res: NextApiResponse) {
  try {
    const copy = await fs.readFile(`/srv/archives/${String(req.query.id)}.html`);
    return res.status(200).send(copy);
  } catch (error: any) {
    // expect: error-detail-leak
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, error);
    return res.status(500).json({ response: `Could not read the archived copy. (reference ${errorId})` });
  }
}

export async function removeArchivedCopy(req: NextApiRequest, res: NextApiResponse) {
  try {
    await fs.unlink(`/srv/archives/${String(req.query.id)}.html`);
    return res.status(204).end();
  } catch (error: any) {
    // expect: error-detail-leak
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, error);
    return res.status(500).json({ response: `Internal server error (reference ${errorId})` });
  }
}
