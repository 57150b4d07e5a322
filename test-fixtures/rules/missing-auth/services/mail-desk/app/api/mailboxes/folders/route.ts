import { withTiming } from "../../../../lib/request-steps";
import { db } from "../../../../lib/db";

// expect: missing-auth
export const POST = withTiming(async (req) => {
  const { name } = (await req.json()) as { name: string };
  await db.query("insert into labels (name) values ($1)", [name]);
  return Response.json({ created: name });
});
