// Query strings: the schema keeps every parameter the handler reads and lets the others through (`.passthrough()`),
// so paging, tracking and filter parameters it does not list still reach the handler.
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const ticketsRouter = Router();

const listTicketsQuery = z.object({
  status: z.string().optional(),
  assignee: z.string().optional(),
}).passthrough();

ticketsRouter.get("/tickets", async (req, res) => {
  const parsed = listTicketsQuery.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const { status, assignee } = parsed.data;
  const tickets = await db.ticket.findMany({ where: { status, assignee }, take: 50 });
  res.json(tickets);
});

