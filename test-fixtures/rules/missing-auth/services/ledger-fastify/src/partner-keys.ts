// Looks the partner up by the id and secret headers it sends; fails with a plain error on any mismatch.
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { partners } from "./store";

export async function loadPartner(headers: IncomingHttpHeaders) {
  const id = headers["x-partner-id"];
  const secret = headers["x-partner-secret"];
  if (typeof id !== "string" || typeof secret !== "string") throw new Error("partner headers missing");
  const partner = await partners.find(id);
  if (!partner || !timingSafeEqual(Buffer.from(partner.secret), Buffer.from(secret))) throw new Error("partner not recognised");
  return partner;
}

export async function loadPaging(headers: IncomingHttpHeaders) {
  return { pageSize: Number(headers["x-page-size"] ?? 50) };
}
