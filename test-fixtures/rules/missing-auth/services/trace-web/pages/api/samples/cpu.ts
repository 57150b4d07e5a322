import { dispatch } from "../../../lib/dispatch";
import { timedRoute } from "../../../lib/keyed-route";
import { db } from "../../../lib/db";

export default dispatch({
  // ok: missing-auth -- a read outside the sensitive prefixes
  GET: timedRoute({ name: "list cpu samples", fn: async () => db.metrics.list("cpu") }),
  // expect: missing-auth@3 unprovenConvention
  POST: timedRoute({ name: "add cpu sample", fn: async ({ req }) => db.notes.add(req.body) }),
});
