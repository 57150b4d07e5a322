import type { Request, Response } from "express";
import { decodeJwt } from "jose";
import { checkIdToken, peekIdToken } from "./id-tokens";

const jwksUrl = "https://login.example.com/common/keys";

/** A multi-tenant provider: the expected issuer names the tenant, which only the token itself says. */
export async function signInWithTenantToken(idToken: string, issuerTemplate: string) {
  // ok: unverified-jwt -- the tenant only shapes the issuer check; checkIdToken then verifies this same token or throws
  const unverified = decodeJwt(idToken);
  const issuer = typeof unverified.tid === "string" ? issuerTemplate.replace("{tenant}", unverified.tid) : issuerTemplate;
  const claims = await checkIdToken(idToken, jwksUrl, { issuer });
  return { subject: claims.sub };
}

/** The helper called afterwards swallows a failed signature, so the decoded tenant is trusted unchecked. */
export async function tenantOfToken(idToken: string) {
  // expect: unverified-jwt
  const unverified = decodeJwt(idToken);
  await peekIdToken(idToken, jwksUrl);
  return typeof unverified.tid === "string" ? findTenant(unverified.tid) : undefined;
}

declare function findTenant(id: string): Promise<string>;

export async function tenantLogin(req: Request, res: Response) {
  res.json({ tenant: await tenantOfToken(String(req.body.id_token)) });
}
