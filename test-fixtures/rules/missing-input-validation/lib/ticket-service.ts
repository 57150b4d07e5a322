// A module of ticket operations imported as a namespace; `close` checks its input with a schema before writing.
import { z } from "zod";
import { db } from "./db";

const closeShape = z.object({ reason: z.string().max(200) }).strict();

export async function close(id: string, input: unknown) {
  const { reason } = closeShape.parse(input);
  return db.ticket.update({ where: { id }, data: { closedReason: reason } });
}

export async function annotate(id: string, input: Record<string, unknown>) {
  return db.ticket.update({ where: { id }, data: input });
}
