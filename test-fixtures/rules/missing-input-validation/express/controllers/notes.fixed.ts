// Note handlers, registered in notes-routes.ts.
import type { Request, Response } from "express";
import { db } from "../../lib/db";
import { z } from "zod";

const createNoteBody = z.object({ title: z.any(), pinned: z.boolean().nullish() });

export async function createNote(req: Request, res: Response) {
  const parsed = createNoteBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const note = await db.note.create({ data: { title: parsed.data.title, pinned: parsed.data.pinned === true } });
  res.status(201).json(note);
}

// ok: missing-input-validation -- reads only the id path param
export async function archiveNote(req: Request, res: Response) {
  res.json(await db.note.update({ where: { id: req.params.id }, data: { archivedAt: new Date() } }));
}
