// Note handlers, registered in notes-routes.ts.
import type { Request, Response } from "express";
import { db } from "../../lib/db";

export async function createNote(req: Request, res: Response) {
  // expect: missing-input-validation
  const note = await db.note.create({ data: { title: req.body.title, pinned: req.body.pinned === true } });
  res.status(201).json(note);
}

// ok: missing-input-validation -- reads only the id path param
export async function archiveNote(req: Request, res: Response) {
  res.json(await db.note.update({ where: { id: req.params.id }, data: { archivedAt: new Date() } }));
}
