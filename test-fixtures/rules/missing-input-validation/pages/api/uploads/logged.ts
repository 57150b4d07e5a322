// The same upload, but the body is also written to the store as it came.
import type { NextApiRequest, NextApiResponse } from "next";
import { handleUpload } from "@vercel/blob/client";
import { db } from "../../../lib/db";

export default async function upload(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-input-validation
  await db.uploadEvent.create({ data: req.body });
  const result = await handleUpload({ body: req.body, request: req, onBeforeGenerateToken: async () => ({}), onUploadCompleted: async () => {} });
  res.status(200).json(result);
}
