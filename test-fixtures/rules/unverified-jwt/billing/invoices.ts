import type { Request, Response } from "express";
import { decodeJwt } from "jose";
import { invoices } from "./store";

export async function listInvoices(req: Request, res: Response) {
  // expect: unverified-jwt
  const claims = decodeJwt(String(req.headers["x-billing-token"]));
  res.json(await invoices.findByCustomer(String(claims.customer)));
}
