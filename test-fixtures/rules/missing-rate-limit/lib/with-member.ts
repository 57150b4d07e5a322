import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession, type Session } from "next-auth";
import { authOptions } from "./auth-options";

type MemberHandler = (req: NextApiRequest, res: NextApiResponse, member: Session["user"] & { id: string; authenticatorSeed: string }) => unknown;

/** Refuses any caller without a session, then hands the handler the signed-in member. */
export function withMember(handler: MemberHandler) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const session = await getServerSession(req, res, authOptions);
    if (!session?.user) return res.status(401).json({ error: "sign in first" });
    return handler(req, res, session.user as never);
  };
}
