import { dispatch } from "../../../lib/dispatch";
import { keyedRoute } from "../../../lib/keyed-route";
import { db } from "../../../lib/db";

// ok: missing-auth -- each method of the map runs behind keyedRoute, which refuses callers without a valid key
export default dispatch({
  GET: keyedRoute({ name: "list metrics", fn: async ({ projectId }) => db.metrics.list(projectId) }),
  POST: keyedRoute({ name: "add metric", fn: async ({ req, projectId }) => db.metrics.add(projectId, req.body) }),
});
