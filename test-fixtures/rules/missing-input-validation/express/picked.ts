// Routes behind a project validator that checks a selection of the request.
import express from "express";
import Joi from "joi";
import { checkParts } from "../lib/picked-validate";
import { db } from "../lib/db";

export const pickedRoutes = express.Router();

// ok: missing-input-validation -- checkParts runs a Joi schema over the parts it picks from the request
pickedRoutes.post("/labels", checkParts({ body: Joi.object({ name: Joi.string().max(40) }) }), async (req, res) => {
  res.status(201).json(await db.label.create({ data: { name: req.body.name } }));
});
