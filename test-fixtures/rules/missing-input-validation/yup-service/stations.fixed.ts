// The file already binds yup under its own name: the scaffold uses that binding. Query values may each be absent, the
// radius is cast from text, a single or repeated `tag` becomes a list, and parameters not listed are kept.
import * as Yup from "yup";
import { Router } from "express";
import { db } from "../lib/db";

export const stationsRouter = Router();

export const stationName = Yup.string().max(60);

const listStationsQuery = Yup.object({ radius: Yup.number(), city: Yup.string(), tags: Yup.string() });

stationsRouter.get("/stations", async (req, res) => {
  const parsed = await listStationsQuery.validate(req.query, { abortEarly: false }).then((value) => ({ value }), (error) => ({ error }));
  if ("error" in parsed) return res.status(400).json({ error: parsed.error.errors });
  const radius = parsed.value.radius * 1000;
  // expect: missing-input-validation
  const stations = await db.station.findMany({ where: { city: parsed.value.city, tags: { hasSome: parsed.value.tags } }, take: radius });
  res.json(stations);
});
