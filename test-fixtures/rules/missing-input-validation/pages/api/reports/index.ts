import { z } from "zod";
import { betaEndpoint, byMethod } from "../../../lib/endpoints";
import { db } from "../../../lib/db";

const NewReport = z.object({ title: z.string().min(1), period: z.enum(["week", "month"]) });

export default byMethod({
  // ok: missing-input-validation -- betaEndpoint hands its config to checkedEndpoint, which parses bodySchema first
  POST: betaEndpoint({
    bodySchema: NewReport,
    fn: ({ body }) => db.report.create({ data: body }),
  }),
});
