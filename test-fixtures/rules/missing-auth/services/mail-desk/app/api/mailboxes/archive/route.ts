import { withErrors } from "../../../../lib/key-routes";
import { db } from "../../../../lib/db";

// expect: missing-auth
export const POST = withErrors("archive", async (req) => {
  const { mailbox } = (await req.json()) as { mailbox: string };
  await db.query("insert into archives (mailbox) values ($1)", [mailbox]);
  return Response.json({ archived: mailbox });
});
