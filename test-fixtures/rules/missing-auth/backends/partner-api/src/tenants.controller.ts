import type { Request, Response } from "express";
import { createRemoteJWKSet, jwtVerify } from "jose";

declare const tenants: { remove(id: string): Promise<void>; rename(id: string, name: string): Promise<void> };
const partnerKeys = createRemoteJWKSet(new URL("https://partner.example.com/.well-known/jwks.json"));

/** The partner platform signs each call; refuses (and stops the handler by throwing) unless the token names this tenant. */
async function partnerContext(req: Request, res: Response) {
  const refuse = (status: number): never => {
    res.sendStatus(status);
    throw new Error("partner call refused");
  };
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token) return refuse(401);
  const { payload } = await jwtVerify(token, partnerKeys).catch(() => refuse(401));
  if (payload.tenant !== req.params.tenantId) return refuse(403);
  return { tenant: String(payload.tenant) };
}

export async function removeTenant(req: Request, res: Response) {
  const { tenant } = await partnerContext(req, res);
  await tenants.remove(tenant);
  res.sendStatus(204);
}

export async function renameTenant(req: Request, res: Response) {
  await tenants.rename(req.params.tenantId, String(req.body.name));
  res.sendStatus(204);
}
