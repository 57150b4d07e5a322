// The file already binds yup under its own name: the scaffold uses that binding. Query values may each be absent, the
// radius is cast from text, a single or repeated `tag` becomes a list, and parameters not listed are kept.
import * as Yup from "yup";
import { Router } from "express";
import { db } from "../lib/db";

export const stationsRouter = Router();

export const stationName = Yup.string().max(60);

stationsRouter.get("/stations", async (req, res) => {
  const radius = req.query.radius * 1000;
  // expect: missing-input-validation
  const stations = await db.station.findMany({ where: { city: req.query.city, tags: { hasSome: req.query.tags } }, take: radius });
  res.json(stations);
});
