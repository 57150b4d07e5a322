import { db } from "@/lib/db";
import { chainRoute } from "@/lib/route-kit/chain-route";

// The builder checks the session for each method whose spec sets auth, before that method's handler runs.
// ok: missing-auth
export default chainRoute()
  .GET({ auth: true })
  .handler(async ({ caller }) => db.query("select * from shelves where owner = $1", [caller]))
  .POST({ auth: true })
  .handler(async ({ caller }) => db.query("insert into shelves (owner) values ($1)", [caller]))
  .toNextApiHandler();
