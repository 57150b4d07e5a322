import type { NextApiRequest, NextApiResponse } from "next";
import { type HandleUploadBody, handleUpload } from "@vercel/blob/client";
import { getServerSession } from "next-auth/next";

// ok: missing-auth -- the blob library asks onBeforeGenerateToken, which refuses without a session, before it issues a token
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const answer = await handleUpload({
      body: req.body as HandleUploadBody,
      request: req,
      onBeforeGenerateToken: async () => {
        const session = await getServerSession(req, res, {});
        if (!session) {
          res.status(401).end("sign in first");
          throw new Error("no session");
        }
        return { allowedContentTypes: ["image/png"], maximumSizeInBytes: 2_000_000 };
      },
      onUploadCompleted: async () => {},
    });
    return res.status(200).json(answer);
  } catch (error) {
    return res.status(400).json({ error: "upload refused" });
  }
}
