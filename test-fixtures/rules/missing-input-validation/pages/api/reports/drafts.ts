import { byMethod, quickEndpoint } from "../../../lib/endpoints";
import { db } from "../../../lib/db";

export default byMethod({
  POST: quickEndpoint({
    // expect: missing-input-validation
    fn: ({ body }) => db.report.create({ data: body }),
  }),
});
