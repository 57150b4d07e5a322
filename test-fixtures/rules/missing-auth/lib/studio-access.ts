import type { NextApiRequest } from "next";
import { db } from "./db";

type Outcome<T> = { isErr(): boolean; value: T; error: { status: number; message: string } };

const passed = <T>(value: T): Outcome<T> => ({ isErr: () => false, value, error: { status: 200, message: "" } });
const failed = <T>(status: number, message: string): Outcome<T> => ({ isErr: () => true, value: undefined as T, error: { status, message } });

/** The studio member behind the request's session header, or a failure carrying the answer to give. */
export async function studioAccess(req: NextApiRequest): Promise<Outcome<{ memberId: string }>> {
  const sessionId = req.headers["x-studio-session"];
  if (typeof sessionId !== "string") return failed(401, "Sign in first.");
  const { rows } = await db.query("select member_id from studio_sessions where id = $1", [sessionId]);
  const member = rows[0] as { member_id: string } | undefined;
  if (!member) return failed(401, "Session expired.");
  return passed({ memberId: member.member_id });
}

/** The request's locale, or a failure carrying a 400; it checks no one. */
export async function studioLocale(req: NextApiRequest): Promise<Outcome<string>> {
  const locale = req.headers["accept-language"];
  return typeof locale === "string" ? passed(locale) : failed(400, "No locale.");
}
