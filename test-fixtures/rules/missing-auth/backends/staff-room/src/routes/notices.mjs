import express from "express";
import StaffGate from "../middleware/staff-gate.mjs";

export const notices = express.Router();
const board = [];

// ok: missing-auth -- requireStaff hands the request on only for a staff member and otherwise redirects through its own helper
notices.post("/staff/notices", StaffGate.requireStaff, (req, res) => {
  board.push({ text: String(req.body.text ?? "").slice(0, 500) });
  res.status(201).end();
});

// ok: missing-auth -- the same gate on a delete
notices.delete("/staff/notices", StaffGate.requireStaff, (req, res) => {
  board.length = 0;
  res.status(204).end();
});

// expect: missing-auth -- welcomeStaff hands `next` to a helper that calls it, so every caller gets through
notices.put("/staff/notices/pinned", StaffGate.welcomeStaff, (req, res) => {
  board.unshift({ text: String(req.body.text ?? "").slice(0, 500) });
  res.status(204).end();
});
