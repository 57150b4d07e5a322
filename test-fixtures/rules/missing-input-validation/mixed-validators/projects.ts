// The package declares zod and joi; the files beside this one validate with joi, so the scaffold is written in joi,
// imported as they import it.
import { Router } from "express";
import { db } from "../lib/db";

export const projectsRouter = Router();

projectsRouter.post("/projects", async (req, res) => {
  // expect: missing-input-validation
  const project = await db.project.create({ data: { title: req.body.title.trim(), seats: req.body.seats + 1 } });
  res.status(201).json(project);
});
