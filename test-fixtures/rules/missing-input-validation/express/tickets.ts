// Query strings: the schema keeps every parameter the handler reads and lets the others through (`.passthrough()`),
// so paging, tracking and filter parameters it does not list still reach the handler. A list parameter is an array
// whether the client repeats it (`?labels=a&labels=b`) or sends it once (`?labels=a`).
import { Router } from "express";
import { db } from "../lib/db";

export const ticketsRouter = Router();

ticketsRouter.get("/tickets", async (req, res) => {
  // expect: missing-input-validation
  const { status, assignee, labels } = req.query;
  const labelFilter = labels ? { hasSome: (labels as string[]).map((label) => label.toLowerCase()) } : undefined;
  const tickets = await db.ticket.findMany({ where: { status, assignee, labels: labelFilter }, take: 50 });
  res.json(tickets);
});

