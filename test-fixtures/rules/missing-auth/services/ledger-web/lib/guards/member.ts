import { cookies } from "next/headers";
import { db } from "../db";

type MemberHandler = (request: Request, memberId: string) => Promise<Response>;

/** Runs the handler for a signed-in member only: no session row for the cookie is a 401. */
export const withMember = (handler: MemberHandler) => async (request: Request) => {
  const sessionId = (await cookies()).get("ledger_session")?.value;
  const { rows } = await db.query("select member_id from sessions where id = $1", [sessionId ?? ""]);
  const session = rows[0] as { member_id: string } | undefined;
  if (!session) return Response.json({ error: "unauthorized" }, { status: 401 });
  return handler(request, session.member_id);
};
