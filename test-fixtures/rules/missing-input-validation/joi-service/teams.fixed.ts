// The file already binds joi as a namespace: the scaffold uses that binding. A query schema lets every parameter be
// absent, converts the page number, takes a repeated or single `role` as a list and keeps parameters it does not list.
import * as Joi from "joi";
import { Router } from "express";
import { db } from "../lib/db";

export const teamsRouter = Router();

export const teamName = Joi.string().max(60);

const listTeamsQuery = Joi.object({
  page: Joi.number(),
  name: Joi.string().allow(""),
  roles: Joi.string().allow(""),
}).unknown(true);

teamsRouter.get("/teams", async (req, res) => {
  const parsed = listTeamsQuery.validate(req.query, { abortEarly: false });
  if (parsed.error) return res.status(400).json({ error: parsed.error.details });
  const page = parsed.value.page * 1;
  // expect: missing-input-validation
  const teams = await db.team.findMany({ where: { name: parsed.value.name, role: { in: parsed.value.roles } }, skip: page * 20 });
  res.json(teams);
});
