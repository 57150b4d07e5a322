import type { NextApiRequest, NextApiResponse } from "next";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<void>;

/** Routes each request to the handler for its method, and answers 405 for the others. */
export function dispatch(handlers: Partial<Record<Method, Handler>>) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const handler = handlers[req.method as Method];
    if (!handler) {
      res.status(405).json({ message: "method not allowed" });
      return;
    }
    try {
      await handler(req, res);
    } catch (error) {
      console.error(error);
      res.status(500).json({ message: "internal error" });
    }
  };
}
