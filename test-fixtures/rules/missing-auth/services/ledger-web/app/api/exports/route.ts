import { withTiming } from "../../../lib/guards";
import { db } from "../../../lib/db";

// expect: missing-auth
export const POST = withTiming(async (request) => {
  const { month } = (await request.json()) as { month: string };
  await db.query("insert into exports (month) values ($1)", [month]);
  return new Response(null, { status: 202 });
});
