// class-validator run by hand over a DTO instance made from the body: `validate` and `validateSync` both check it,
// and the route answers 400 when they find errors. An instance that is never validated checks nothing.
import express from "express";
import { plainToInstance } from "class-transformer";
import { validate, validateSync } from "class-validator";
import { db } from "../lib/db";
import { CreateNoteDto } from "../lib/notes";

export const dtoRoutes = express.Router();

// ok: missing-input-validation -- validateSync over the instance, 400 on errors
dtoRoutes.post("/notes/sync", async (req, res) => {
  const note = plainToInstance(CreateNoteDto, req.body);
  if (validateSync(note).length > 0) return res.status(400).json({ error: "invalid note" });
  res.status(201).json(await db.note.create({ data: { title: note.title } }));
});

// ok: missing-input-validation -- validate over the instance, 400 on errors
dtoRoutes.post("/notes/async", async (req, res) => {
  const note = plainToInstance(CreateNoteDto, req.body);
  const errors = await validate(note);
  if (errors.length > 0) return res.status(400).json({ errors });
  res.status(201).json(await db.note.create({ data: { title: note.title } }));
});

dtoRoutes.post("/notes/unchecked", async (req, res) => {
  // expect: missing-input-validation
  const note = plainToInstance(CreateNoteDto, req.body);
  res.status(201).json(await db.note.create({ data: { title: note.title } }));
});
