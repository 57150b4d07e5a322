import type { NextApiRequest, NextApiResponse } from "next";
import { type HandleUploadBody, handleUpload } from "@vercel/blob/client";

// Hands out an upload token to anyone who asks.
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const answer = await handleUpload({
      body: req.body as HandleUploadBody,
      request: req,
      onBeforeGenerateToken: async () => ({ allowedContentTypes: ["image/png"] }),
      onUploadCompleted: async () => {},
    });
    return res.status(200).json(answer);
  } catch (error) {
    return res.status(400).json({ error: "upload refused" });
  }
}
