// The package validates with yup and does not depend on zod: the scaffold is written in yup, bound as the file beside
// it binds yup. A field the handler needs is `.defined()` (an empty string still passes), a nested object keeps the
// keys it does not list, and the parse awaits yup's `validate` so every failing field is reported in the 400.
import { Router } from "express";
import { db } from "../lib/db";
import * as Yup from "yup";

export const rentalsRouter = Router();

const createRentalBody = Yup.object({
  days: Yup.number().defined(),
  bikeId: Yup.mixed<any>().defined(),
  renter: Yup.object({ name: Yup.string().defined() }).defined(),
  note: Yup.mixed<any>(),
});

rentalsRouter.post("/rentals", async (req, res) => {
  const parsed = await createRentalBody.validate(req.body, { abortEarly: false }).then((value) => ({ value }), (error) => ({ error }));
  if ("error" in parsed) return res.status(400).json({ error: parsed.error.errors });
  const days = parsed.value.days * 1;
  const rental = await db.rental.create({
    // expect: missing-input-validation
    data: { bikeId: parsed.value.bikeId, days, renter: parsed.value.renter.name.trim(), note: parsed.value.note ?? "" },
  });
  res.status(201).json(rental);
});
