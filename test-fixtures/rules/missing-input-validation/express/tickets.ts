// Query strings: the schema keeps every parameter the handler reads and lets the others through (`.passthrough()`),
// so paging, tracking and filter parameters it does not list still reach the handler.
import { Router } from "express";
import { db } from "../lib/db";

export const ticketsRouter = Router();

ticketsRouter.get("/tickets", async (req, res) => {
  // expect: missing-input-validation
  const { status, assignee } = req.query;
  const tickets = await db.ticket.findMany({ where: { status, assignee }, take: 50 });
  res.json(tickets);
});

