// Outbound notifications to the warehouse service.
import { db } from "./db";

export async function notifyWarehouse(item: { id: string }) {
  await db.outbox.create({ data: { topic: "warehouse.item", payload: item.id } });
}
