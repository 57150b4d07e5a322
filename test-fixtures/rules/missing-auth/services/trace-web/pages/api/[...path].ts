import type { NextApiRequest, NextApiResponse } from "next";
import { createProxyMiddleware } from "http-proxy-middleware";

export const config = { api: { bodyParser: false, externalResolver: true } };

// ok: missing-auth -- forwards every request to the backend API, whose routes authenticate
export default async (req: NextApiRequest, res: NextApiResponse) => {
  const proxy = createProxyMiddleware({ target: process.env.BACKEND_URL, changeOrigin: true, pathRewrite: { "^/api": "" } });
  return proxy(req as never, res as never);
};
