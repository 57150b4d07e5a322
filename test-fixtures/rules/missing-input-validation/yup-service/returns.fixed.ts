// A body written whole into the store: the yup schema refuses unlisted keys (`.noUnknown()`), and the comment above
// it says to list every field the route accepts.
import { Router } from "express";
import { db } from "../lib/db";
import * as Yup from "yup";

export const returnsRouter = Router();

// req.body is also written whole: list every field the route accepts; .noUnknown() rejects the rest.
const createReturnBody = Yup.object({ stationId: Yup.mixed<any>().defined() }).noUnknown();

returnsRouter.post("/returns", async (req, res) => {
  const parsed = await createReturnBody.validate(req.body, { abortEarly: false }).then((value) => ({ value }), (error) => ({ error }));
  if ("error" in parsed) return res.status(400).json({ error: parsed.error.errors });
  // expect: missing-input-validation
  const created = await db.bikeReturn.create({ data: parsed.value });
  res.status(201).json({ id: created.id, station: parsed.value.stationId });
});
