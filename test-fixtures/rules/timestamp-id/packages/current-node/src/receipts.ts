import { db } from "./db";

// Node 20 has a global `crypto` with randomUUID: no import is needed.
export async function recordReceipt(total: number): Promise<string> {
  // expect: timestamp-id
  const receiptId = `rcpt-${Date.now()}`;
  await db.receipts.create({ data: { id: receiptId, total } });
  return receiptId;
}
