import express from "express";

// valibot is only a devDependency here (its examples use it): the package's users and a production install do not
// have it, so a fix importing it would not load. The scaffold is zod's, declared by the fix.
export const notes = express.Router();
const saved: string[] = [];

notes.post("/notes", (req, res) => {
  // expect: missing-input-validation
  const { title } = req.body;
  saved.push(title.trim());
  res.status(201).json({ count: saved.length });
});
