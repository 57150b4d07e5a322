import { wrapApiHandlerWithSentry } from "@sentry/nextjs";
import type { NextApiRequest, NextApiResponse } from "next";

// A sample error for checking that error monitoring reports: it only throws a fixed error.
async function sampleError(_req: NextApiRequest, _res: NextApiResponse): Promise<never> {
  throw new Error("sample error for the monitoring check");
}

// ok: missing-auth -- the handler only throws a fixed error; it reads and changes nothing
export default wrapApiHandlerWithSentry(sampleError, "/api/_monitor/error");
