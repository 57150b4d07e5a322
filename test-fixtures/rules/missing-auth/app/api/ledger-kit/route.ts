import { db } from "../../../lib/db";
import { defineOpenRoute, defineRoute } from "../../../lib/route-kit/define-route";
import { signedInMember } from "../../../lib/route-kit/policies";

// ok: missing-auth -- the builder runs the signed-in policy first and answers a refused caller with 401
export const POST = defineRoute({
  auth: signedInMember,
  useCase: async (caller) => db.query("insert into ledgers (owner) values ($1)", [caller.userId]),
  present: (result) => ({ created: result.rowCount }),
});

// expect: missing-auth
export const DELETE = defineOpenRoute({
  useCase: async () => db.query("delete from ledgers where archived"),
  present: (result) => ({ removed: result.rowCount }),
});
