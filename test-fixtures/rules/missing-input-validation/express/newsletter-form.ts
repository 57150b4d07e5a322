// An HTML form posts here and the app parses urlencoded bodies only: every field arrives as text. The schema keeps
// text as text, coerces only the number the handler computes with, and reads a checkbox compared with `true` from its
// text, so every form the page sends today still passes.
import express from "express";
import { db } from "../lib/db";

const site = express();
site.use(express.urlencoded({ extended: false }));

site.post("/newsletter", async (req, res) => {
  // expect: missing-input-validation
  const seats = req.body.seats + 1;
  const signup = await db.signup.create({ data: { email: req.body.email.toLowerCase(), seats, weekly: req.body.weekly === true, source: req.body.source } });
  res.redirect(303, `/thanks/${signup.id}`);
});
