import { withApiKey } from "../../../../lib/key-routes";
import { db } from "../../../../lib/db";

// ok: missing-auth -- withApiKey's own handler refuses an unknown API key (401) before calling this one
export const POST = withApiKey("exports", async (req) => {
  const { mailbox } = (await req.json()) as { mailbox: string };
  await db.query("insert into exports (mailbox) values ($1)", [mailbox]);
  return Response.json({ queued: mailbox });
});
