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
