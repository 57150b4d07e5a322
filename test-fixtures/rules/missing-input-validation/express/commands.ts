// The body handed whole to code in another file that validates it: a command factory that runs a schema, a
// constructor whose explicit checks throw, a namespace-imported service that parses it. Handing it to code that
// only copies it is not validation.
import express from "express";
import { ArchiveTicketCommand, OpenTicketCommand, ReassignTicketCommand } from "../lib/commands";
import * as tickets from "../lib/ticket-service";
import { db } from "../lib/db";

export const commandRoutes = express.Router();

// ok: missing-input-validation -- the command's factory parses the body with a schema
commandRoutes.post("/tickets", async (req, res) => {
  const command = OpenTicketCommand.from(req.body);
  res.status(201).json(await db.ticket.create({ data: { subject: command.subject, priority: command.priority } }));
});

// ok: missing-input-validation -- the command's constructor checks the body and throws on anything else
commandRoutes.post("/tickets/:id/assignee", async (req, res) => {
  const command = new ReassignTicketCommand(req.body);
  res.json(await db.ticket.update({ where: { id: req.params.id }, data: { assigneeId: command.assigneeId } }));
});

// ok: missing-input-validation -- the service parses the body with a schema before writing
commandRoutes.post("/tickets/:id/close", async (req, res) => {
  res.json(await tickets.close(req.params.id, req.body));
});

commandRoutes.post("/tickets/:id/archive", async (req, res) => {
  // expect: missing-input-validation
  const command = ArchiveTicketCommand.from(req.body);
  res.json(await db.ticket.update({ where: { id: req.params.id }, data: command.fields }));
});

commandRoutes.post("/tickets/:id/notes", async (req, res) => {
  // expect: missing-input-validation
  res.json(await tickets.annotate(req.params.id, req.body));
});
