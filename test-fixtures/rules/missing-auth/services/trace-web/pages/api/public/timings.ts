import { dispatch } from "../../../lib/dispatch";
import { timedRoute } from "../../../lib/keyed-route";
import { db } from "../../../lib/db";

export default dispatch({
  // expect: missing-auth@3 unprovenWrapper
  POST: timedRoute({ name: "add timing", fn: async ({ req }) => db.notes.add(req.body) }),
});
