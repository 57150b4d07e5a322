import { db } from "./db";

type HeaderBag = Record<string, string | string[] | undefined>;

/** The first hop of the forwarding chain, or loopback when the request came in directly. */
export function callerAddress(headers: HeaderBag): string {
  const chain = headers["x-forwarded-for"];
  const first = (Array.isArray(chain) ? chain[0] : chain)?.split(",")[0]?.trim();
  return first || "127.0.0.1";
}

/** Stores the caller's address in the visit log. */
export async function logCallerVisit(headers: HeaderBag) {
  await db.query("insert into visits (address) values ($1)", [callerAddress(headers)]);
}
