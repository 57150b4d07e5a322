import { withMember } from "../../../lib/guards";
import { db } from "../../../lib/db";

// ok: missing-auth -- the wrapper, found through the barrel that re-exports it, refuses a request without a session
export const POST = withMember(async (request, memberId) => {
  const { amount } = (await request.json()) as { amount: number };
  await db.query("insert into entries (member_id, amount) values ($1, $2)", [memberId, amount]);
  return new Response(null, { status: 201 });
});
