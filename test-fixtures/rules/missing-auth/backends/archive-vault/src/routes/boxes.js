"use strict";
const express = require("express");
const { handlerSet, viewerHandlers } = require("../guards/handlers");

const router = express.Router();
const { staff: requireStaff, ticket: requireTicket, open: letAnyoneIn } = handlerSet();
const { reader, noteVisitor } = viewerHandlers();

// ok: missing-auth -- the member of the returned object is the staff-key check, which answers 401
router.post("/boxes", requireStaff, (req, res) => {
  res.status(201).json({ label: req.body.label });
});

// ok: missing-auth -- the member holds what the ticket factory returns: a JWT check answering 401
router.delete("/boxes/:id", requireTicket, (req, res) => {
  res.json({ removed: req.params.id });
});

// ok: missing-auth -- a shorthand member of the returned object literal, made by the ticket factory
router.put("/boxes/:id/shelf", reader, (req, res) => {
  res.json({ moved: req.params.id });
});

// The member only lets every caller through.
// expect: missing-auth
router.post("/boxes/:id/seal", letAnyoneIn, (req, res) => {
  res.json({ sealed: req.params.id });
});

// Logging a visit is no check.
// expect: missing-auth
router.post("/boxes/:id/notes", noteVisitor, (req, res) => {
  res.json({ noted: req.params.id });
});

module.exports = router;
