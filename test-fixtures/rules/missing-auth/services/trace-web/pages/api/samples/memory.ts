import { dispatch } from "../../../lib/dispatch";
import { timedRoute } from "../../../lib/keyed-route";
import { db } from "../../../lib/db";

export default dispatch({
  // ok: missing-auth -- a read outside the sensitive prefixes
  GET: timedRoute({ name: "list memory samples", fn: async () => db.metrics.list("memory") }),
  // ok: missing-auth -- asked once, on the first route through timedRoute
  POST: timedRoute({ name: "add memory sample", fn: async ({ req }) => db.notes.add(req.body) }),
});
