import { MongoClient } from "mongodb";
import { randomBytes } from "crypto";

const client = new MongoClient(process.env.MONGO_URL!);
const events = client.db("app").collection("events");
const receipts = client.db("app").collection("receipts");

export async function recordEvent(type: string, payload: unknown) {
  await events.insertOne({
    // expect: timestamp-id
    _id: randomBytes(16).toString("hex"),
    type,
    payload,
    // ok: timestamp-id -- stringified, but a timestamp by name
    timestamp: new Date().valueOf().toString(),
  });
}

export async function issueReceipt(orderId: string, amountCents: number) {
  await receipts.insertOne({
    orderId,
    amountCents,
    // expect: timestamp-id
    receiptNumber: `R-${randomBytes(16).toString("hex")}`,
    // ok: timestamp-id -- a one-time code needs crypto.randomInt, not a UUID
    pickupCode: Math.random().toString().slice(2, 8),
  });
}
