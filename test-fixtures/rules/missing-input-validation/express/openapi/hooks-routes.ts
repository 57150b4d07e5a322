import { Router } from "express";
import { db } from "../../lib/db";

export const hooksRouter = Router();

hooksRouter.post("/delivery", async (req, res) => {
  // expect: missing-input-validation
  await db.delivery.create({ data: { parcel: req.body.parcel, status: req.body.status } });
  res.sendStatus(204);
});
