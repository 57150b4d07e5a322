"use strict";
// The archive's checks, handed out by functions that build an object of middleware.
const jwt = require("jsonwebtoken");

function checkStaffKey(req, res, next) {
  if (req.headers["x-staff-key"] !== process.env.STAFF_KEY) return res.status(401).json({ error: "staff key required" });
  next();
}

function makeTicketCheck(audience) {
  return function checkTicket(req, res, next) {
    try {
      req.ticket = jwt.verify(req.get("x-ticket"), process.env.TICKET_SECRET, { audience });
      next();
    } catch {
      res.status(401).json({ error: "invalid ticket" });
    }
  };
}

function makeOpenDoor() {
  return function openDoor(req, res, next) {
    next();
  };
}

function noteVisitor(req, res, next) {
  console.info("visitor", req.path);
  next();
}

function handlerSet() {
  const set = {};
  set.staff = checkStaffKey;
  set.ticket = makeTicketCheck("archive");
  set.open = makeOpenDoor();
  return set;
}

function viewerHandlers() {
  return { reader: makeTicketCheck("reader"), noteVisitor };
}

exports.handlerSet = handlerSet;
exports.viewerHandlers = viewerHandlers;
