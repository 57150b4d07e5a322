import type { NextApiRequest, NextApiResponse } from "next";
import { Server } from "@tus/server";

export const config = { api: { bodyParser: false } };

const chunkedUploads = new Server({
  path: "/api/resumable/open",
  async onUploadFinish(req, res, upload) {
    console.log("stored", upload.id);
    return res;
  },
});

// expect: missing-auth
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  return chunkedUploads.handle(req, res);
}
