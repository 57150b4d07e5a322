import { Router } from "express";
import { db } from "./db";

export const ordersRouter = Router();

export function legacyOrderNumber(): Promise<string> {
  // ok: invalid-suppression -- names the rule and says why
  // harden-ignore-next-line timestamp-id -- legacy numbers are shown to support staff, never used for lookups
  const orderId = Date.now().toString();
  return db.orders.insert({ id: orderId }).then(() => orderId);
}

export function draftId(): string {
  // expect: invalid-suppression
  // harden-ignore-next-line timestamp-id
  const draftToken = Date.now().toString(36);
  return draftToken;
}

export function batchKey(): string {
  // expect: invalid-suppression
  // harden-ignore-next-line timestamp-id -- this line never had a finding
  const batchSize = 50;
  return `batch-${batchSize}`;
}

export async function archive(id: string): Promise<void> {
  // expect: invalid-suppression
  // harden-ignore-next-line no-such-rule -- typo in the rule id
  await db.orders.archive(id);
}

export async function restore(id: string): Promise<void> {
  // expect: invalid-suppression
  // harden-ignore-next-line -- forgot which rule
  await db.orders.restore(id);
}

export function exportToken(): string {
  // A placeholder holds a reason's place without giving one: the editor's quick fix writes this one to be replaced.
  // expect: invalid-suppression
  // harden-ignore-next-line timestamp-id -- TODO: say why this is safe
  const token = Date.now().toString(36);
  return token;
}

export function importToken(): string {
  // expect: invalid-suppression
  // harden-ignore-next-line timestamp-id -- <why this is safe>
  const token = Date.now().toString(36);
  return token;
}

export function auditKey(): string {
  // ok: invalid-suppression -- a reason that mentions a follow-up still says why
  // harden-ignore-next-line timestamp-id -- shown to auditors only, never looked up; todo: move to uuid with the v2 schema
  const auditToken = Date.now().toString(36);
  return auditToken;
}
