import { withMailboxProvider } from "../../../../lib/request-steps";
import { db } from "../../../../lib/db";

// ok: missing-auth -- the provider step runs the mailbox step, which runs the signed-in step and answers 401
export const POST = withMailboxProvider("labels", async (req) => {
  const { name } = (await req.json()) as { name: string };
  await db.query("insert into labels (name) values ($1)", [name]);
  return Response.json({ created: name });
});
