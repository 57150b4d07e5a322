// The routes of this folder validate with joi, though the package also declares zod (for its settings, say).
import Joi from "joi";
import { Router } from "express";
import { db } from "../lib/db";

export const archivedProjectsRouter = Router();

const archiveBody = Joi.object({ reason: Joi.string().required() });

// ok: missing-input-validation -- the body is checked by a joi schema first
archivedProjectsRouter.post("/projects/archive", async (req, res) => {
  const { value, error } = archiveBody.validate(req.body);
  if (error) return res.status(400).json({ error: error.details });
  res.json(await db.project.archive(value.reason));
});
