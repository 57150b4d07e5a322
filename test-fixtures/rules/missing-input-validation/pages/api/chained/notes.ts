import { db } from "../../../lib/db";
import { chainRoute } from "../../../lib/chain-route";

// The spec names no schema, so the builder hands the body on as the client sent it.
export default chainRoute()
  .POST({})
  // expect: missing-input-validation
  .handler(async ({ body }) => db.query("insert into notes (text, pinned) values ($1, $2)", [body.text, body.pinned]))
  .toNextApiHandler();
