// The package declares zod and joi; the files beside this one validate with joi, so the scaffold is written in joi,
// imported as they import it.
import { Router } from "express";
import { db } from "../lib/db";
import Joi from "joi";

export const projectsRouter = Router();

const createProjectBody = Joi.object({
  title: Joi.string().allow("").required(),
  seats: Joi.number().required(),
}).options({ stripUnknown: true });

projectsRouter.post("/projects", async (req, res) => {
  const parsed = createProjectBody.validate(req.body, { abortEarly: false });
  if (parsed.error) return res.status(400).json({ error: parsed.error.details });
  // expect: missing-input-validation
  const project = await db.project.create({ data: { title: parsed.value.title.trim(), seats: parsed.value.seats + 1 } });
  res.status(201).json(project);
});
