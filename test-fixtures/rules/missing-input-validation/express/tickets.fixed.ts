// Query strings: the schema keeps every parameter the handler reads and lets the others through (`.passthrough()`),
// so paging, tracking and filter parameters it does not list still reach the handler. A list parameter is an array
// whether the client repeats it (`?labels=a&labels=b`) or sends it once (`?labels=a`).
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const ticketsRouter = Router();

const listTicketsQuery = z.object({
  status: z.string().optional(),
  assignee: z.string().optional(),
  labels: z.preprocess((value) => [value].flat(), z.array(z.string())).optional(),
}).passthrough();

ticketsRouter.get("/tickets", async (req, res) => {
  const parsed = listTicketsQuery.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const { status, assignee, labels } = parsed.data;
  const labelFilter = labels ? { hasSome: (labels as string[]).map((label) => label.toLowerCase()) } : undefined;
  const tickets = await db.ticket.findMany({ where: { status, assignee, labels: labelFilter }, take: 50 });
  res.json(tickets);
});

