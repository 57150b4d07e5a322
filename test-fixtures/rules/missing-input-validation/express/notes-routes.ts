import { Router } from "express";
import { requireAuth } from "../lib/auth";
import { archiveNote, createNote } from "./controllers/notes";
import * as labels from "./controllers/labels";

export const notesRouter = Router();

notesRouter.post("/notes", requireAuth, createNote);
notesRouter.post("/notes/:id/archive", requireAuth, archiveNote);
notesRouter.post("/labels", requireAuth, labels.create);
