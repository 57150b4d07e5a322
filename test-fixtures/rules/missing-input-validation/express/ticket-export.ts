// A query passed on whole with no parameter read by name: no schema can list what it carries (an empty one would
// strip or reject every filter), so the finding comes without a fix.
import { Router } from "express";
import { db } from "../lib/db";

export const ticketExportRouter = Router();

ticketExportRouter.get("/tickets/export", async (req, res) => {
  // expect: missing-input-validation
  res.json(await db.ticket.findMany({ where: req.query }));
});
